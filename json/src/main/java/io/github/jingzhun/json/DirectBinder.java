package io.github.jingzhun.json;

import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.money.Yuan;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Binds a record of the contract straight from its UTF-8 bytes into core's generated builders, without a tree: the
 * fast path of {@link JsonImporter}. It takes only the plain road — each field once, each value of the JSON kind its
 * type reads (a string for text, codes and dates, an integer for integers and years, a number for money,
 * {@code true}/{@code false}, an object, an array), {@code null} for an absent value, in the plain forms
 * {@link JsonBytes} reads — and reads each value with the same code as the Jackson module ({@link ValueCodecs});
 * anything else, however harmless, makes it give up with {@link Unbound}, and the importer then reads the record the
 * way that reports every problem. So it accepts a subset of what the module accepts and builds the same values; a
 * differential test holds it to that.
 *
 * <p>It detects duplicate fields by field index (and, when unknown fields are tolerated, among the unknown ones). A
 * tolerated unknown field's value is read in full ({@link JsonBytes#skipValue()}), so that a value the slow path
 * refuses (a duplicate key) is refused here too.
 *
 * <p>Thread-safe once built.
 */
final class DirectBinder {

    /** Thrown when the record leaves the plain road; carries nothing and costs no stack trace. */
    static final class Unbound extends Exception {
        private static final long serialVersionUID = 1L;

        static final Unbound INSTANCE = new Unbound();

        private Unbound() {
            super("not bound directly", null, false, false);
        }
    }

    /** Sets one field on a builder, returning the builder: a builder's method, made an object by the JDK. */
    @FunctionalInterface
    private interface Setter {
        Object set(Object builder, Object value);
    }

    /** Makes a builder: a model type's static factory. */
    @FunctionalInterface
    private interface Factory {
        Object make();
    }

    /** Builds the value of a builder. */
    @FunctionalInterface
    private interface Build {
        Object build(Object builder);
    }

    /** Reads one value, not null, at the tokenizer's position. */
    @FunctionalInterface
    private interface ValueReader {
        Object read(JsonBytes t) throws Unbound;
    }

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /**
     * An object calling a method, of one of the interfaces above (or another of this package with one method):
     * unlike a method handle held in a field, a call through it is compiled to a plain call of the method (a handle
     * not known as a constant runs through the adapters of its type at every call, which cost as much as the
     * binding itself).
     */
    static <T> T lambda(Class<T> type, MethodHandle method) throws ReflectiveOperationException {
        Method sam = type.getDeclaredMethods()[0];
        try {
            CallSite site = LambdaMetafactory.metafactory(LOOKUP, sam.getName(), MethodType.methodType(type),
                    MethodType.methodType(sam.getReturnType(), sam.getParameterTypes()), method,
                    method.type().wrap());
            return type.cast(site.getTarget().invoke());
        } catch (ReflectiveOperationException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private final JsonOptions options;
    private final Map<Class<?>, ObjectReader> objects = new HashMap<>();
    private final ObjectReader root;

    /**
     * Builds the binder of a model type.
     *
     * @param type the record's model type, such as {@code Household}
     * @param options the importer's options: whether unknown fields are skipped (else they make the binder give
     *     up), and the reading limits
     * @param schemaVersion whether the record's top level takes {@code schemaVersion} (households)
     */
    DirectBinder(Class<?> type, JsonOptions options, boolean schemaVersion) {
        this.options = options;
        ObjectReader reader = object(type);
        this.root = schemaVersion ? reader.withSchemaVersion() : reader;
    }

    /**
     * Reads one record from well-formed UTF-8: one object, with only whitespace around it.
     *
     * @param utf8 the bytes
     * @param offset where the record starts
     * @param length how many bytes it has
     * @param text the string the bytes were encoded from (which may hold a lone surrogate), or null
     * @return the record, not null
     * @throws Unbound if the record leaves the plain road, or is not JSON
     */
    Object read(byte[] utf8, int offset, int length, @Nullable String text) throws Unbound {
        JsonBytes t = new JsonBytes(utf8, offset, length, text, options);
        Object value = root.read(t);
        if (!t.atEnd()) {
            throw Unbound.INSTANCE;
        }
        return value;
    }

    private ObjectReader object(Class<?> type) {
        ObjectReader known = objects.get(type);
        if (known != null) {
            return known;
        }
        ModelType model = ModelType.ofAbstract(type);
        if (model == null) {
            throw new IllegalArgumentException(type + " is not a model type with a builder");
        }
        Class<?> builder = model.builder();
        ObjectReader reader = new ObjectReader(options.tolerateUnknownFields());
        objects.put(type, reader);
        try {
            Method factory = builder.getEnclosingClass().getMethod("builder");
            reader.factory = lambda(Factory.class, LOOKUP.unreflect(factory));
            reader.build = lambda(Build.class, LOOKUP.unreflect(builder.getMethod("build")));
            List<Slot> slots = new ArrayList<>();
            long required = 0;
            for (ModelType.Property property : model.properties()) {
                if (property.required()) {
                    required |= 1L << slots.size();
                }
                Method setter = setter(builder, property.name());
                Class<?> element = setter == null ? null : element(setter.getGenericParameterTypes()[0]);
                if (element != null) {
                    // A list's elements go to the builder's adder as they are read, without a list of the binder's.
                    setter = adder(builder, property.name(), element);
                }
                ValueReader value = setter == null ? null : reader(element != null ? element
                        : setter.getGenericParameterTypes()[0]);
                if (value == null || setter == null) {
                    // A field the binder cannot read: present in a record, it makes the binder give up.
                    slots.add(new Slot(property.name(), false, Kind.OTHER, null, null));
                } else {
                    slots.add(new Slot(property.name(), element != null, Kind.of(value), value,
                            lambda(Setter.class, LOOKUP.unreflect(setter))));
                }
            }
            reader.slots(slots);
            reader.required = required;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot bind " + type + " directly", e);
        }
        return reader;
    }

    private static @Nullable Method setter(Class<?> builder, String name) {
        return method(builder, "with", name, null);
    }

    /** The builder's method adding one element of a list, which the list's setter reads from an array. */
    private static @Nullable Method adder(Class<?> builder, String name, Class<?> element) {
        return method(builder, "add", name, element);
    }

    /** The builder's only method of a property with one parameter, of a given class if not null; else null. */
    private static @Nullable Method method(Class<?> builder, String prefix, String name, @Nullable Class<?> type) {
        String wanted = prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        Method found = null;
        for (Method m : builder.getMethods()) {
            if (m.getName().equals(wanted) && m.getParameterCount() == 1
                    && (type == null || m.getParameterTypes()[0] == type)) {
                if (found != null) {
                    return null;
                }
                found = m;
            }
        }
        return found;
    }

    /**
     * The class of the elements of a setter taking {@code Iterable<? extends X>}, which reads a JSON array, as the
     * module's introspector has Jackson do; null for any other type.
     */
    private static @Nullable Class<?> element(Type type) {
        if (!(type instanceof ParameterizedType parameterized) || parameterized.getRawType() != Iterable.class) {
            return null;
        }
        Type element = parameterized.getActualTypeArguments()[0];
        if (element instanceof WildcardType wildcard && wildcard.getLowerBounds().length == 0
                && wildcard.getUpperBounds().length == 1) {
            element = wildcard.getUpperBounds()[0];
        }
        return element instanceof Class<?> c ? c : null;
    }

    /** The reader of the values a setter takes, or null for a type the binder leaves to the slow path. */
    private @Nullable ValueReader reader(Type type) {
        if (!(type instanceof Class<?> c)) {
            return null;
        }
        if (c == String.class) {
            return STRINGS;
        }
        if (c == boolean.class || c == Boolean.class) {
            return BOOLEANS;
        }
        if (c == int.class || c == Integer.class) {
            return INTEGERS;
        }
        if (c == Yuan.class) {
            return AMOUNTS;
        }
        if (c == Year.class) {
            return t -> found(ValueCodecs.year(t.integer()));
        }
        if (c == LocalDate.class) {
            return DATES;
        }
        if (c == YearMonth.class) {
            return t -> {
                t.stringBytes();
                return found(ValueCodecs.plainMonth(t.bytes(), t.start(), t.length()));
            };
        }
        if (c == ResidentId.class) {
            return t -> {
                try {
                    return ResidentId.parse(t.ascii());
                } catch (IllegalArgumentException | DateTimeException e) {
                    throw Unbound.INSTANCE;
                }
            };
        }
        if (c == CountyCode.class) {
            ValueCodecs.TextDeserializer<CountyCode> codes = ValueCodecs.countyCodes();
            return t -> found(codes.parsed(t.ascii()));
        }
        if (c == VillageCode.class) {
            ValueCodecs.TextDeserializer<VillageCode> codes = ValueCodecs.villageCodes();
            return t -> found(codes.parsed(t.ascii()));
        }
        if (c.isEnum()) {
            return new EnumReader(c.getEnumConstants());
        }
        if (ModelType.ofAbstract(c) != null) {
            return object(c);
        }
        return null;
    }

    private static final ValueReader STRINGS = JsonBytes::string;
    private static final ValueReader BOOLEANS = JsonBytes::bool;
    private static final ValueReader INTEGERS = JsonBytes::integer;
    private static final ValueReader AMOUNTS = DirectBinder::yuan;
    private static final ValueReader DATES = DirectBinder::date;

    private static Object yuan(JsonBytes t) throws Unbound {
        t.number();
        return found(ValueCodecs.plainYuan(t.bytes(), t.start(), t.length()));
    }

    private static Object date(JsonBytes t) throws Unbound {
        t.stringBytes();
        return found(ValueCodecs.plainDate(t.bytes(), t.start(), t.length()));
    }

    /**
     * The kinds of value most fields take, read without a call through {@link ValueReader}: a call site calling
     * dozens of readers costs a dispatch through a table for every field.
     */
    private enum Kind {
        STRING, BOOLEAN, INTEGER, AMOUNT, DATE, ENUM, OBJECT, OTHER;

        static Kind of(ValueReader reader) {
            return reader == STRINGS ? STRING : reader == BOOLEANS ? BOOLEAN : reader == INTEGERS ? INTEGER
                    : reader == AMOUNTS ? AMOUNT : reader == DATES ? DATE : reader instanceof EnumReader ? ENUM
                    : reader instanceof ObjectReader ? OBJECT : OTHER;
        }
    }

    /** Reads the constant of an enum whose name is exactly the string's bytes, as the module reads enums. */
    private static final class EnumReader implements ValueReader {
        private final Object[] constants;
        private final NameTable names;

        EnumReader(Object[] constants) {
            this.constants = constants;
            this.names = new NameTable(Arrays.stream(constants).map(e -> ((Enum<?>) e).name()).toList());
        }

        @Override
        public Object read(JsonBytes t) throws Unbound {
            t.stringBytes();
            int i = names.find(t.bytes(), t.start(), t.length());
            if (i < 0) {
                throw Unbound.INSTANCE;
            }
            return constants[i];
        }
    }

    /** A value read, or the end of the plain road for a value the module's reader refuses. */
    private static Object found(@Nullable Object value) throws Unbound {
        if (value == null) {
            throw Unbound.INSTANCE;
        }
        return value;
    }

    /**
     * Names by index, found from their UTF-8 bytes without making a string: a field of an object, or exactly the
     * name of an enum constant, as the module reads enums.
     */
    private static final class NameTable {
        private final byte[][] names;
        private final int[] indexes;
        private final int mask;

        NameTable(List<String> list) {
            int size = Integer.highestOneBit(Math.max(list.size(), 1) * 4 - 1) << 1;
            names = new byte[size][];
            indexes = new int[size];
            mask = size - 1;
            for (int k = 0; k < list.size(); k++) {
                byte[] name = list.get(k).getBytes(StandardCharsets.UTF_8);
                int i = hash(name, 0, name.length) & mask;
                while (names[i] != null) {
                    i = (i + 1) & mask;
                }
                names[i] = name;
                indexes[i] = k;
            }
        }

        /** A hash of the length and three bytes: cheap, and the table is sparse enough for its collisions. */
        private static int hash(byte[] text, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int h = ((length * 31 + text[offset]) * 31 + text[offset + length / 2]) * 31 + text[offset + length - 1];
            return h ^ (h >>> 7);
        }

        /** The index of a name, or -1. */
        int find(byte[] text, int offset, int length) {
            for (int i = hash(text, offset, length) & mask; names[i] != null; i = (i + 1) & mask) {
                byte[] name = names[i];
                if (name.length == length && JsonBytes.same(text, offset, name)) {
                    return indexes[i];
                }
            }
            return -1;
        }
    }

    /**
     * One field of a model type: its reader and the builder's setter, or neither for a field the binder leaves to
     * the slow path. A list's reader reads an element of its array, and its setter adds one.
     */
    private record Slot(String name, boolean list, Kind kind, @Nullable ValueReader reader,
            @Nullable Setter setter) {}

    /** Reads one object of a model type into its builder. */
    private static final class ObjectReader implements ValueReader {

        private final boolean tolerateUnknownFields;
        private @Nullable Factory factory;
        private @Nullable Build build;
        private NameTable names = new NameTable(List.of());
        /** The names of the fields by index, in UTF-8 with their quotes and colon: as a field is written. */
        private byte[][] fields = new byte[0][];
        /** The index of the field that followed each field (the last: the start) last time, or -1. */
        private int[] following = {-1};
        private Slot[] slots = new Slot[0];
        private int schemaVersion = -1;
        /**
         * The fields that must be given, not null, by index: the builder checks most of them itself, but not those
         * the contract requires though core defaults them (an income record's income).
         */
        private long required;

        ObjectReader(boolean tolerateUnknownFields) {
            this.tolerateUnknownFields = tolerateUnknownFields;
        }

        void slots(List<Slot> list) {
            if (list.size() >= Long.SIZE) {
                throw new IllegalStateException("too many fields to bind directly: " + list.size());
            }
            slots = list.toArray(new Slot[0]);
            names(list.stream().map(Slot::name).toList());
        }

        private void names(List<String> list) {
            names = new NameTable(list);
            fields = new byte[list.size()][];
            for (int i = 0; i < list.size(); i++) {
                fields[i] = ('"' + list.get(i) + "\":").getBytes(StandardCharsets.UTF_8);
            }
            following = new int[list.size() + 1];
            Arrays.fill(following, -1);
        }

        /** This reader, taking {@code schemaVersion} at its top level too. */
        ObjectReader withSchemaVersion() {
            ObjectReader copy = new ObjectReader(tolerateUnknownFields);
            copy.factory = factory;
            copy.build = build;
            copy.slots = slots;
            List<String> list = new ArrayList<>(Arrays.stream(slots).map(Slot::name).toList());
            list.add(SchemaVersion.FIELD);
            copy.names(list);
            copy.schemaVersion = slots.length;
            copy.required = required;
            return copy;
        }

        /** Reads an object, from its opening brace to its closing one. */
        @Override
        public Object read(JsonBytes t) throws Unbound {
            Factory f = factory;
            if (f == null) {
                throw new IllegalStateException("no builder factory");
            }
            Object builder = f.make();
            long seen = 0;
            long given = 0;
            // A set, not a list: a line of many unknown fields must not cost time quadratic in their number.
            Set<String> unknown = null;
            int previous = fields.length;
            boolean more = t.startObject();
            while (more) {
                // The field that followed the previous one last time is compared byte for byte, without hashing
                // its name; the prediction is only a hint, shared by threads without harm.
                int expected = following[previous];
                int i;
                if (expected >= 0 && t.name(fields[expected])) {
                    i = expected;
                } else {
                    t.openName();
                    t.otherName();
                    i = names.find(t.bytes(), t.start(), t.length());
                    if (i >= 0 && following[previous] != i) {
                        following[previous] = i;
                    }
                }
                previous = i < 0 ? fields.length : i;
                if (i < 0) {
                    if (!tolerateUnknownFields) {
                        throw Unbound.INSTANCE;
                    }
                    if (unknown == null) {
                        unknown = new HashSet<>();
                    }
                    if (!unknown.add(new String(t.bytes(), t.start(), t.length(), StandardCharsets.UTF_8))) {
                        throw Unbound.INSTANCE;
                    }
                    t.skipValue();
                    more = t.next('}');
                    continue;
                }
                long bit = 1L << i;
                if ((seen & bit) != 0) {
                    throw Unbound.INSTANCE;
                }
                seen |= bit;
                if (i == schemaVersion) {
                    if (!t.nullValue() && t.integer() != SchemaVersion.CURRENT) {
                        throw Unbound.INSTANCE;
                    }
                } else if (!t.nullValue()) {
                    Slot slot = slots[i];
                    ValueReader reader = slot.reader();
                    Setter setter = slot.setter();
                    if (reader == null || setter == null) {
                        throw Unbound.INSTANCE;
                    }
                    given |= bit;
                    // A value, or each element of an array: one reading of values, since the compiler inlines
                    // only so much of this method.
                    boolean list = slot.list();
                    boolean element = !list || t.startArray();
                    while (element) {
                        if (list && t.peek() == 'n') {
                            throw Unbound.INSTANCE;
                        }
                        Object value = switch (slot.kind()) {
                            case STRING -> t.string();
                            case BOOLEAN -> t.bool();
                            case INTEGER -> t.integer();
                            case AMOUNT -> yuan(t);
                            case DATE -> date(t);
                            case ENUM -> ((EnumReader) reader).read(t);
                            case OBJECT -> ((ObjectReader) reader).read(t);
                            case OTHER -> reader.read(t);
                        };
                        builder = setter.set(builder, value);
                        element = list && t.next(']');
                    }
                }
                more = t.next('}');
            }
            if ((given & required) != required) {
                throw Unbound.INSTANCE;
            }
            Build b = build;
            if (b == null) {
                throw new IllegalStateException("no build method");
            }
            return b.build(builder);
        }
    }
}
