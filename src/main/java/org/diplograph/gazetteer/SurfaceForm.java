package org.diplograph.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A piece of text that stands for a country in news: its name, an alias, a demonym or its capital.
 *
 * @param text    the text exactly as listed in the table ("St. Kitts and Nevis", "Kittitians", "Basseterre")
 * @param country the country it stands for
 * @param form    what kind of text it is, so that a matcher can weigh "Washington" below "United States"
 */
public record SurfaceForm(String text, Country country, Form form) {
    public enum Form { NAME, ALIAS, DEMONYM, CAPITAL }

    public SurfaceForm {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(form, "form");
    }

    /** All surface forms of {@code country}: name first, then aliases, demonyms and capitals in table order. */
    public static List<SurfaceForm> of(Country country) {
        List<SurfaceForm> forms = new ArrayList<>();
        forms.add(new SurfaceForm(country.name(), country, Form.NAME));
        country.aliases().forEach(t -> forms.add(new SurfaceForm(t, country, Form.ALIAS)));
        country.demonyms().forEach(t -> forms.add(new SurfaceForm(t, country, Form.DEMONYM)));
        country.capitals().forEach(t -> forms.add(new SurfaceForm(t, country, Form.CAPITAL)));
        return forms;
    }
}
