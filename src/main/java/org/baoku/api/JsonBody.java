package org.baoku.api;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.BadRequestException;

/**
 * A request body read as JSON by the resource itself, from text: the JSON providers RESTEasy picks for a
 * JSON-P type differ by content type (Jackson, on the classpath through Flyway, takes some and logs an
 * ERROR for every malformed body), and a resource that reads its JSON itself says in its own words what
 * is wrong.
 */
final class JsonBody {

    private JsonBody() {
    }

    /**
     * @param wanted what the request takes, for the message, e.g. "job parameters are a JSON object, e.g. …"
     * @return the JSON value; {@code null} for an empty body
     * @throws BadRequestException for malformed JSON, naming line and column
     */
    static JsonValue read(String body, String wanted) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            throw new BadRequestException("the body is not well-formed JSON" + MalformedJsonMapper.where(e.getLocation())
                    + "; " + wanted);
        } catch (JsonException | IllegalStateException e) {
            throw new BadRequestException("the body is not well-formed JSON; " + wanted);
        } catch (RuntimeException e) {
            // Parsson refuses nesting deeper than 1000 with a bare RuntimeException (found by ApiFuzzIT: a 500)
            throw new BadRequestException("the body is not JSON this API reads (nested too deeply?); " + wanted);
        }
    }
}
