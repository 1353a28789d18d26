package org.baoku.corpus;

import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers, booleans and nulls as indented JSON. The generator writes a
 * gold file per page; a JSON library would be the only thing tying this package to a runtime.
 */
final class JsonText {

    private JsonText() {
    }

    static String write(Object value) {
        StringBuilder json = new StringBuilder(2048);
        write(json, value, "");
        return json.append('\n').toString();
    }

    private static void write(StringBuilder json, Object value, String indent) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof String text) {
            string(json, text);
        } else if (value instanceof Number || value instanceof Boolean) {
            json.append(value);
        } else if (value instanceof Map<?, ?> map) {
            object(json, map, indent);
        } else if (value instanceof List<?> list) {
            array(json, list, indent);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private static void object(StringBuilder json, Map<?, ?> map, String indent) {
        if (map.isEmpty()) {
            json.append("{}");
            return;
        }
        String inner = indent + "  ";
        json.append("{\n");
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!first) {
                json.append(",\n");
            }
            first = false;
            json.append(inner);
            string(json, entry.getKey().toString());
            json.append(": ");
            write(json, entry.getValue(), inner);
        }
        json.append('\n').append(indent).append('}');
    }

    private static void array(StringBuilder json, List<?> list, String indent) {
        if (list.isEmpty()) {
            json.append("[]");
            return;
        }
        String inner = indent + "  ";
        json.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            json.append(i == 0 ? "" : ",\n").append(inner);
            write(json, list.get(i), inner);
        }
        json.append('\n').append(indent).append(']');
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
