package io.eetasks.bridge;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.bind.Jsonb;

import java.io.StringReader;
import java.lang.reflect.Type;
import java.util.Map;

/**
 * Turns arguments and results into JSON and back with JSON-B. Created inside the application, so
 * that it uses the application's JSON-B provider and sees its classes.
 */
final class JsonCodec {

    private final Jsonb jsonb;
    /** Made once: {@code Json.createReader} looks the provider up again on every call. */
    private final JsonReaderFactory readers = Json.createReaderFactory(Map.of());

    JsonCodec(Jsonb jsonb) {
        this.jsonb = jsonb;
    }

    String writeArguments(Object[] arguments) {
        return jsonb.toJson(arguments == null ? new Object[0] : arguments);
    }

    Object[] readArguments(String payloadJson, Type[] parameterTypes) {
        JsonArray values;
        try (JsonReader reader = readers.createReader(new StringReader(payloadJson))) {
            values = reader.readArray();
        }
        if (values.size() != parameterTypes.length) {
            throw new IllegalArgumentException("The task's payload holds " + values.size()
                    + " arguments but the method takes " + parameterTypes.length
                    + "; was the method's signature changed after the task was submitted?");
        }
        Object[] arguments = new Object[parameterTypes.length];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = jsonb.fromJson(values.get(i).toString(), parameterTypes[i]);
        }
        return arguments;
    }

    String writeResult(Object result) {
        return result == null ? null : jsonb.toJson(result);
    }

    <R> R readResult(String resultJson, Type resultType) {
        if (resultJson == null || resultType == Void.class) {
            return null;
        }
        return jsonb.fromJson(resultJson, resultType);
    }
}
