package org.diplograph.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The countries and territories of ISO 3166-1 with the English texts that name them in news; immutable.
 * <p>
 * {@link #standard()} is the table shipped in {@code data/countries.tsv}, loaded on first use;
 * {@link #parse(Reader)} reads any table in that format (see {@link CountryTableParser}).
 * {@link Country#wikidata()} is {@code null} for a row whose Wikidata column is empty.
 */
public final class CountryTable {
    /** Classpath location of the standard table: the build copies {@code data/*.tsv} under {@code data/}. */
    public static final String RESOURCE = "/data/countries.tsv";

    private static volatile CountryTable standard;

    private final List<Country> all;
    private final Map<String, Country> byIso2;
    private final Map<String, Country> byIso3;
    private final List<SurfaceForm> surfaceForms;

    private CountryTable(List<Country> countries) {
        this.all = List.copyOf(countries);
        this.byIso2 = all.stream().collect(Collectors.toUnmodifiableMap(Country::iso2, c -> c));
        this.byIso3 = all.stream().collect(Collectors.toUnmodifiableMap(Country::iso3, c -> c));
        this.surfaceForms = all.stream().flatMap(c -> SurfaceForm.of(c).stream()).toList();
    }

    /** The table in {@link #RESOURCE}, read once per JVM. */
    public static CountryTable standard() {
        CountryTable t = standard;
        if (t == null) {
            synchronized (CountryTable.class) {
                if (standard == null)
                    standard = load(RESOURCE);
                t = standard;
            }
        }
        return t;
    }

    /** Reads a table in the format of {@code data/countries.tsv}; throws {@link GazetteerException} naming the line. */
    public static CountryTable parse(Reader in) {
        return new CountryTable(CountryTableParser.parse(in));
    }

    static CountryTable load(String resource) {
        InputStream bytes = CountryTable.class.getResourceAsStream(resource);
        if (bytes == null)
            throw new GazetteerException("Country table not on the classpath: " + resource);
        // Report bad UTF-8 rather than let it turn into U+FFFD inside a name.
        var utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new InputStreamReader(bytes, utf8)) {
            return parse(in);
        } catch (IOException | GazetteerException e) {
            throw new GazetteerException(resource + ": " + e.getMessage(), e);
        }
    }

    /** The country with this ISO 3166-1 alpha-2 code, in either case. */
    public Optional<Country> byIso2(String code) {
        return Optional.ofNullable(byIso2.get(code.toUpperCase(Locale.ROOT)));
    }

    /** The country with this ISO 3166-1 alpha-3 code, in either case. */
    public Optional<Country> byIso3(String code) {
        return Optional.ofNullable(byIso3.get(code.toUpperCase(Locale.ROOT)));
    }

    /** All rows, in table order. */
    public List<Country> all() {
        return all;
    }

    /** Every name, alias, demonym and capital of every country, in table order; no text occurs twice. */
    public List<SurfaceForm> surfaceForms() {
        return surfaceForms;
    }
}
