package io.github.jingzhun.examples;

import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.household.Household;
import java.io.PrintStream;
import java.time.Year;

/** The README's demo: assess the bundled households for income year 2019 and print their explanations. */
public final class Demo {

    private Demo() {}

    /**
     * Runs the demo.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        PovertyPolicy policy = PovertyPolicy.national();
        for (Household household : SampleHouseholds.all()) {
            out.println(policy.assess(household, Year.of(2019)));
        }
    }
}
