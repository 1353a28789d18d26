package org.baoku.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;

/**
 * Writes a record as a JSON object with its components in declaration order and {@code null}s written
 * out, so that the JSON reads like the contract ({@code source}, {@code status}, {@code issue} …) rather
 * than in JSON-B's alphabetical or arbitrary order. Only the components are written: derived accessors
 * such as {@code ParseResult.rejected()} are no part of the contract.
 */
class RecordComponentsSerializer<T extends Record> implements JsonbSerializer<T> {

    private final RecordComponent[] components;

    RecordComponentsSerializer(Class<T> type) {
        this.components = type.getRecordComponents();
    }

    @Override
    public void serialize(T record, JsonGenerator generator, SerializationContext context) {
        generator.writeStartObject();
        for (RecordComponent component : components) {
            Object value = valueOf(component, record);
            if (value == null) {
                generator.writeNull(component.getName());
            } else {
                context.serialize(component.getName(), value, generator);
            }
        }
        generator.writeEnd();
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
