package org.adsync.api;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Type;

/**
 * The API's JSON binding. A property the resource does not know is refused rather than dropped: a typo such as
 * "bindPasword" must not silently keep the stored password or save a default. For the same reason true and false
 * must be the JSON literals: read as text, "yes" would quietly become false.
 */
@Provider
public class ApiJson implements ContextResolver<Jsonb> {

    /** Yasson's switch (Jakarta JSON Binding has no standard one); other implementations ignore it. */
    private static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    /** Built on first use, not when the class is merely loaded (tools that read the resources load it). */
    private static final class Binding {
        static final Jsonb STRICT = JsonbBuilder.create(new JsonbConfig()
                .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true)
                .withDeserializers(new StrictBoolean()));
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return Binding.STRICT;
    }

    /** The same binding, for a body whose type is known only once the resource has looked something up. */
    public static Jsonb strict() {
        return Binding.STRICT;
    }

    /** Takes only the JSON literals true and false (and null) as a Boolean. */
    static final class StrictBoolean implements JsonbDeserializer<Boolean> {

        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.TRUE) {
                return Boolean.TRUE;
            }
            if (value.getValueType() == JsonValue.ValueType.FALSE) {
                return Boolean.FALSE;
            }
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            throw new JsonbException("Expected true or false");
        }
    }
}
