package org.homewatch.core.schedule.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.homewatch.ConfigurationException;
import org.homewatch.HomewatchException;

/**
 * Reads policy JSON strictly (unknown fields, trailing content and numbers for enums are errors: a typo in a
 * policy must not silently fall back to a default) and turns every failure into a {@link ConfigurationException}
 * that names the source and the JSON path.
 */
public final class PolicyReader {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .addModule(new Jdk8Module())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .build();

  private PolicyReader() {}

  public static <T> T read(InputStream json, String source, Class<T> type) {
    try {
      T value = MAPPER.readValue(json, type);
      if (value == null) {
        throw new ConfigurationException(source + ": empty document, expected a JSON object");
      }
      return value;
    } catch (JsonMappingException e) {
      String path = jsonPath(e.getPath());
      Throwable cause = e.getCause();
      if (cause instanceof HomewatchException) {
        String message = cause.getMessage();
        // Checks made on the whole policy already name their own path, relative to the root.
        String where = message.startsWith("$") ? "" : path + ": ";
        throw new ConfigurationException(source + ": " + where + message, cause);
      }
      throw new ConfigurationException(source + ": " + path + ": " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new ConfigurationException(source + ": not valid JSON" + where + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ConfigurationException(source + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** {@code $.defaults.schedules[0].windows[1]} from Jackson's reference chain. */
  static String jsonPath(List<JsonMappingException.Reference> references) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference r : references) {
      if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      } else if (r.getFieldName() != null) {
        String name = r.getFieldName();
        if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
          sb.append('.').append(name);
        } else {
          sb.append("[\"").append(name).append("\"]");
        }
      }
    }
    return sb.toString();
  }
}
