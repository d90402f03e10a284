package io.eetasks.bridge;

import io.eetasks.TaskArgumentsException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;

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

    private static final String MISMATCH = "; was the method's signature changed after the task was submitted?"
            + " The task is not tried again";

    String writeArguments(Object[] arguments) {
        return jsonb.toJson(arguments == null ? new Object[0] : arguments);
    }

    /**
     * The arguments of the task {@code name} for a method with these parameter types.
     *
     * @throws TaskArgumentsException saying which argument the method cannot take, and why
     */
    Object[] readArguments(String name, String payloadJson, Type[] parameterTypes) {
        JsonArray values;
        try (JsonReader reader = readers.createReader(new StringReader(payloadJson))) {
            values = reader.readArray();
        } catch (JsonException e) {
            throw new TaskArgumentsException("The arguments of task " + name + " are not a JSON array: "
                    + e.getMessage(), e);
        }
        if (values.size() != parameterTypes.length) {
            throw new TaskArgumentsException("The arguments of task " + name + " are " + values.size()
                    + " but its method takes " + parameterTypes.length + MISMATCH, null);
        }
        Object[] arguments = new Object[parameterTypes.length];
        for (int i = 0; i < arguments.length; i++) {
            try {
                arguments[i] = jsonb.fromJson(values.get(i).toString(), parameterTypes[i]);
            } catch (JsonbException e) {
                throw new TaskArgumentsException("Argument " + (i + 1) + " of task " + name + " is not the "
                        + parameterTypes[i].getTypeName() + " its method takes (" + e.getMessage() + ")" + MISMATCH,
                        e);
            }
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
