package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.money.Yuan;
import java.io.IOException;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
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
 * Binds a record of the contract straight from a streaming parser into core's generated builders, without a tree:
 * the fast path of {@link JsonImporter}. It takes only the plain road — each field once, each value of the JSON
 * kind its type reads (a string for text, codes and dates, an integer for integers and years, a number for money,
 * {@code true}/{@code false}, an object, an array), {@code null} for an absent value — and reads each value with
 * the same code as the Jackson module ({@link ValueCodecs}); anything else, however harmless, makes it give up
 * with {@link Unbound}, and the importer then reads the record the way that reports every problem. So it accepts a
 * subset of what the module accepts and builds the same values; a differential test holds it to that.
 *
 * <p>The parser it reads from must not detect duplicate fields itself: the binder does, cheaply, by field index
 * (and, when unknown fields are tolerated, among the unknown ones). A tolerated unknown field's value is read in
 * full as the tree of the slow path would be ({@link ExactTree}), so that a value the slow path refuses (a
 * duplicate key, a number beyond range) is refused here too.
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

    /** Reads one value at the parser's current token. */
    @FunctionalInterface
    private interface ValueReader {
        Object read(JsonParser p) throws IOException, Unbound;
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

    private final boolean tolerateUnknownFields;
    private final Map<Class<?>, ObjectReader> objects = new HashMap<>();
    private final ObjectReader root;

    /**
     * Builds the binder of a model type.
     *
     * @param type the record's model type, such as {@code Household}
     * @param tolerateUnknownFields whether unknown fields are skipped (else they make the binder give up)
     * @param schemaVersion whether the record's top level takes {@code schemaVersion} (households)
     */
    DirectBinder(Class<?> type, boolean tolerateUnknownFields, boolean schemaVersion) {
        this.tolerateUnknownFields = tolerateUnknownFields;
        ObjectReader reader = object(type);
        this.root = schemaVersion ? reader.withSchemaVersion() : reader;
    }

    /**
     * Reads one record: the parser must be before its first token; after the record only the end of input may
     * follow.
     *
     * @param p the parser
     * @return the record, not null
     * @throws IOException if the JSON is malformed (the slow path then says where)
     * @throws Unbound if the record leaves the plain road
     */
    Object read(JsonParser p) throws IOException, Unbound {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw Unbound.INSTANCE;
        }
        Object value = root.read(p);
        if (p.nextToken() != null) {
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
        ObjectReader reader = new ObjectReader(tolerateUnknownFields);
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
                ValueReader value = setter == null ? null : reader(setter.getGenericParameterTypes()[0]);
                if (value == null || setter == null) {
                    // A field the binder cannot read: present in a record, it makes the binder give up.
                    slots.add(new Slot(property.name(), null, null));
                } else {
                    slots.add(new Slot(property.name(), value, lambda(Setter.class, LOOKUP.unreflect(setter))));
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
        String wanted = "with" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        Method found = null;
        for (Method m : builder.getMethods()) {
            if (m.getName().equals(wanted) && m.getParameterCount() == 1) {
                if (found != null) {
                    return null;
                }
                found = m;
            }
        }
        return found;
    }

    /**
     * The reader of the values a setter takes, or null for a type the binder leaves to the slow path. A setter
     * taking {@code Iterable<? extends X>} reads a JSON array into a list, as the module's introspector has Jackson
     * do.
     */
    private @Nullable ValueReader reader(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            if (parameterized.getRawType() != Iterable.class) {
                return null;
            }
            Type element = parameterized.getActualTypeArguments()[0];
            if (element instanceof WildcardType wildcard && wildcard.getLowerBounds().length == 0
                    && wildcard.getUpperBounds().length == 1) {
                element = wildcard.getUpperBounds()[0];
            }
            ValueReader elements = reader(element);
            return elements == null ? null : p -> list(p, elements);
        }
        if (!(type instanceof Class<?> c)) {
            return null;
        }
        if (c == String.class) {
            return DirectBinder::string;
        }
        if (c == boolean.class || c == Boolean.class) {
            return DirectBinder::bool;
        }
        if (c == int.class || c == Integer.class) {
            return DirectBinder::integer;
        }
        if (c == Yuan.class) {
            return ValueCodecs::yuan;
        }
        if (c == Year.class) {
            return ValueCodecs::year;
        }
        if (c == LocalDate.class) {
            ValueCodecs.TextDeserializer<LocalDate> dates = ValueCodecs.localDates();
            return p -> {
                LocalDate plain = p.currentToken() != JsonToken.VALUE_STRING ? null
                        : ValueCodecs.plainDate(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                return plain != null ? plain : dates.read(p);
            };
        }
        if (c == YearMonth.class) {
            ValueCodecs.TextDeserializer<YearMonth> months = ValueCodecs.yearMonths();
            return p -> {
                YearMonth plain = p.currentToken() != JsonToken.VALUE_STRING ? null
                        : ValueCodecs.plainMonth(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                return plain != null ? plain : months.read(p);
            };
        }
        if (c == ResidentId.class) {
            return ValueCodecs::residentId;
        }
        if (c == CountyCode.class) {
            ValueCodecs.TextDeserializer<CountyCode> codes = ValueCodecs.countyCodes();
            return codes::read;
        }
        if (c == VillageCode.class) {
            ValueCodecs.TextDeserializer<VillageCode> codes = ValueCodecs.villageCodes();
            return codes::read;
        }
        if (c.isEnum()) {
            return enumReader(c);
        }
        if (ModelType.ofAbstract(c) != null) {
            ObjectReader object = object(c);
            return p -> {
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    throw Unbound.INSTANCE;
                }
                return object.read(p);
            };
        }
        return null;
    }

    private static ValueReader enumReader(Class<?> type) {
        EnumTable table = new EnumTable(type.getEnumConstants());
        return p -> {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw Unbound.INSTANCE;
            }
            Object value = table.find(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            if (value == null) {
                throw Unbound.INSTANCE;
            }
            return value;
        };
    }

    /**
     * The constants of an enum by name, found from the parser's characters without making a string: exactly the
     * names, as Jackson reads enums by default.
     */
    private static final class EnumTable {
        private final char[][] names;
        private final Object[] constants;
        private final int mask;

        EnumTable(Object[] values) {
            int size = Integer.highestOneBit(Math.max(values.length, 1) * 4 - 1) << 1;
            names = new char[size][];
            constants = new Object[size];
            mask = size - 1;
            for (Object value : values) {
                char[] name = ((Enum<?>) value).name().toCharArray();
                int i = hash(name, 0, name.length) & mask;
                while (names[i] != null) {
                    i = (i + 1) & mask;
                }
                names[i] = name;
                constants[i] = value;
            }
        }

        /** A hash of the length and three characters: cheap, and the table is sparse enough for its collisions. */
        private static int hash(char[] text, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int h = ((length * 31 + text[offset]) * 31 + text[offset + length / 2]) * 31 + text[offset + length - 1];
            return h ^ (h >>> 7);
        }

        @Nullable Object find(char[] text, int offset, int length) {
            for (int i = hash(text, offset, length) & mask; names[i] != null; i = (i + 1) & mask) {
                char[] name = names[i];
                if (name.length == length && Arrays.equals(name, 0, length, text, offset, offset + length)) {
                    return constants[i];
                }
            }
            return null;
        }
    }

    private static Object string(JsonParser p) throws IOException, Unbound {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw Unbound.INSTANCE;
        }
        return p.getText();
    }

    private static Object bool(JsonParser p) throws Unbound {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        throw Unbound.INSTANCE;
    }

    private static Object integer(JsonParser p) throws IOException, Unbound {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw Unbound.INSTANCE;
        }
        return p.getIntValue();
    }

    private static Object list(JsonParser p, ValueReader element) throws IOException, Unbound {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw Unbound.INSTANCE;
        }
        List<Object> list = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == null || t == JsonToken.VALUE_NULL) {
                throw Unbound.INSTANCE;
            }
            list.add(element.read(p));
        }
        return list;
    }

    /**
     * One field of a model type: its reader and the builder's setter, or neither for a field the binder leaves to
     * the slow path.
     */
    private record Slot(String name, @Nullable ValueReader reader, @Nullable Setter setter) {}

    /** Reads one object of a model type into its builder. */
    private static final class ObjectReader {

        private final boolean tolerateUnknownFields;
        private @Nullable Factory factory;
        private @Nullable Build build;
        private Map<String, Integer> indexes = Map.of();
        /** The interned field names by identity: Jackson interns the names it reads, so a lookup rarely hashes. */
        private String[] interned = new String[1];
        private int[] internedIndexes = {-1};
        /** The names of the fields by index, encoded. */
        private SerializedString[] encodedNames = new SerializedString[0];
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
            Map<String, Integer> map = new HashMap<>();
            for (int i = 0; i < slots.length; i++) {
                map.put(slots[i].name(), i);
            }
            indexes(map);
        }

        private void indexes(Map<String, Integer> map) {
            indexes = map;
            encodedNames = new SerializedString[map.size()];
            for (Map.Entry<String, Integer> e : map.entrySet()) {
                encodedNames[e.getValue()] = new SerializedString(e.getKey());
            }
            following = new int[map.size() + 1];
            Arrays.fill(following, -1);
            int size = Integer.highestOneBit(Math.max(map.size(), 1) * 4 - 1) << 1;
            interned = new String[size];
            internedIndexes = new int[size];
            for (Map.Entry<String, Integer> e : map.entrySet()) {
                String name = e.getKey().intern();
                int i = System.identityHashCode(name) & (size - 1);
                while (interned[i] != null) {
                    i = (i + 1) & (size - 1);
                }
                interned[i] = name;
                internedIndexes[i] = e.getValue();
            }
        }

        /** The index of a field, or -1 for an unknown field. */
        private int index(String name) {
            int mask = interned.length - 1;
            for (int i = System.identityHashCode(name) & mask; interned[i] != null; i = (i + 1) & mask) {
                if (interned[i] == name) {
                    return internedIndexes[i];
                }
            }
            Integer index = indexes.get(name);
            return index == null ? -1 : index;
        }

        /** This reader, taking {@code schemaVersion} at its top level too. */
        ObjectReader withSchemaVersion() {
            ObjectReader copy = new ObjectReader(tolerateUnknownFields);
            copy.factory = factory;
            copy.build = build;
            copy.slots = slots;
            Map<String, Integer> map = new HashMap<>(indexes);
            map.put(SchemaVersion.FIELD, slots.length);
            copy.indexes(map);
            copy.schemaVersion = slots.length;
            copy.required = required;
            return copy;
        }

        /** Reads the object whose START_OBJECT is the current token, up to and with its END_OBJECT. */
        Object read(JsonParser p) throws IOException, Unbound {
            Factory f = factory;
            if (f == null) {
                throw new IllegalStateException("no builder factory");
            }
            Object builder = f.make();
            long seen = 0;
            long given = 0;
            // A set, not a list: a line of many unknown fields must not cost time quadratic in their number.
            Set<String> unknown = null;
            int previous = encodedNames.length;
            while (true) {
                // The field that followed the previous one last time is compared byte for byte, without hashing
                // its name; the prediction is only a hint, shared by threads without harm.
                int expected = following[previous];
                int i;
                String name;
                boolean predicted = false;
                if (expected >= 0) {
                    predicted = p.nextFieldName(encodedNames[expected]);
                } else {
                    p.nextToken();
                }
                if (predicted) {
                    i = expected;
                    name = encodedNames[expected].getValue();
                } else {
                    if (p.currentToken() != JsonToken.FIELD_NAME) {
                        break;
                    }
                    name = p.currentName();
                    i = index(name);
                    if (i >= 0 && following[previous] != i) {
                        following[previous] = i;
                    }
                }
                JsonToken token = p.nextToken();
                previous = i < 0 ? encodedNames.length : i;
                if (i < 0) {
                    if (!tolerateUnknownFields) {
                        throw Unbound.INSTANCE;
                    }
                    if (unknown == null) {
                        unknown = new HashSet<>();
                    }
                    if (!unknown.add(name)) {
                        throw Unbound.INSTANCE;
                    }
                    ExactTree.read(p);
                    continue;
                }
                long bit = 1L << i;
                if ((seen & bit) != 0) {
                    throw Unbound.INSTANCE;
                }
                seen |= bit;
                if (i == schemaVersion) {
                    if (token != JsonToken.VALUE_NULL && !(token == JsonToken.VALUE_NUMBER_INT
                            && p.getNumberType() == JsonParser.NumberType.INT
                            && p.getIntValue() == SchemaVersion.CURRENT)) {
                        throw Unbound.INSTANCE;
                    }
                    continue;
                }
                if (token == JsonToken.VALUE_NULL) {
                    continue;
                }
                Slot slot = slots[i];
                ValueReader reader = slot.reader();
                Setter setter = slot.setter();
                if (reader == null || setter == null) {
                    throw Unbound.INSTANCE;
                }
                Object value = reader.read(p);
                given |= bit;
                builder = setter.set(builder, value);
            }
            if (p.currentToken() != JsonToken.END_OBJECT || (given & required) != required) {
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
