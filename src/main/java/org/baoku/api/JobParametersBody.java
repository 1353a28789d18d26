package org.baoku.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;

/**
 * The body of {@code POST /jobs/{job}}: a JSON object of job parameters. Values may be strings or
 * numbers ({@code "chunkSize": 100} and {@code "chunkSize": "100"} are the same); null means "the
 * default". Read here rather than bound by JSON-B, so that every mistake is a 400 that says what is wrong
 * in the client's terms.
 */
final class JobParametersBody {

    static final String EXAMPLE = "e.g. {\"inbox\": \"/data/inbox\", \"chunkSize\": 100}";

    private JobParametersBody() {
    }

    /** @throws BadRequestException for anything but a JSON object of strings and numbers */
    static Map<String, String> parse(String body) {
        JsonValue json = JsonBody.read(body, "job parameters are a JSON object, " + EXAMPLE);
        if (json == null) {
            return Map.of();
        }
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new BadRequestException("job parameters are a JSON object, not " + MalformedJsonMapper.kind(json)
                    + ", " + EXAMPLE);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        json.asJsonObject().forEach((name, value) -> {
            switch (value.getValueType()) {
                case STRING -> parameters.put(name, ((JsonString) value).getString());
                case NUMBER -> parameters.put(name, ((JsonNumber) value).toString());
                case NULL -> {
                    // the default, as if not given
                }
                default -> throw new BadRequestException("job parameter '" + shorter(name) + "' must be a string or a "
                        + "number, not " + MalformedJsonMapper.kind(value));
            }
        });
        return parameters;
    }

    private static String shorter(String name) {
        return name.length() > 60 ? name.substring(0, 60) + "…" : name;
    }
}
