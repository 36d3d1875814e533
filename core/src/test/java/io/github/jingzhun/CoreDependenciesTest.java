package io.github.jingzhun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Core stays free of JSON: Jackson is on neither its module descriptor nor its class path. */
class CoreDependenciesTest {

    @Test
    void jacksonIsNotOnCoresClassPath() {
        assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.core.JsonFactory"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("tools.jackson.core.JsonFactory"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void moduleDescriptorRequiresOnlyAnnotationsAndValidationApi() throws Exception {
        Path classes = Paths.get(PovertyPolicy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleReference core = ModuleFinder.of(classes).find("io.github.jingzhun.core").orElseThrow();
        ModuleDescriptor descriptor = core.descriptor();
        assertThat(descriptor.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("java.base", "org.immutables.value.annotations", "org.jspecify",
                        "jakarta.validation");
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
                .contains("io.github.jingzhun", "io.github.jingzhun.household", "io.github.jingzhun.parameter");
    }
}
