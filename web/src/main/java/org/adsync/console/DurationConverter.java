package org.adsync.console;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** Carries a sync interval through a select as its ISO-8601 text (PT24H). */
@FacesConverter(forClass = Duration.class)
public class DurationConverter implements Converter<Duration> {

    @Override
    public Duration getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new ConverterException("Choose an interval from the list");
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Duration value) {
        return value == null ? "" : value.toString();
    }
}
