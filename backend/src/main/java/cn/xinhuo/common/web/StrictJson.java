package cn.xinhuo.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * JSON bodies are read as the contract writes them, not as Jackson would guess: a fraction is not
 * an integer (1.5 is not silently 1), a number is not a boolean, a date is {@code yyyy-MM-dd} with a
 * four-digit year (not {@code +99999-01-01}, which no answer could carry back), and text holds no
 * NUL (PostgreSQL cannot store it). A value that breaks this is a 400 naming its property, like any
 * other bad value. An empty string for a date stays "no date", as forms send it.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        SimpleModule module = new SimpleModule("xinhuo-strict-json");
        module.addDeserializer(String.class, new TextWithoutNul());
        module.addDeserializer(LocalDate.class, new IsoDate());
        mapper.registerModule(module);
    }

    /** After the JSON modules Quarkus registers, so these deserializers win. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    /** Text as Jackson reads it, refused when it holds U+0000. */
    static final class TextWithoutNul extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = super.deserialize(p, ctxt);
            if (text != null && text.indexOf('\0') >= 0) {
                throw InvalidFormatException.from(p, "text with U+0000", text, String.class);
            }
            return text;
        }
    }

    /** A calendar date written {@code yyyy-MM-dd}; empty text is no date. */
    static final class IsoDate extends StdScalarDeserializer<LocalDate> {

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText().trim();
            if (text.isEmpty()) {
                return null;
            }
            if (DATE.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeException e) {
                    // not a day of the calendar: refused below
                }
            }
            throw InvalidFormatException.from(p, "not a date yyyy-MM-dd", text, LocalDate.class);
        }
    }
}
