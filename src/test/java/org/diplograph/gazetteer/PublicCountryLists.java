package org.diplograph.gazetteer;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public country lists kept in {@code ../shared/eval/dictionaries} (see SOURCE.md there), read just far
 * enough to cross-check {@code data/countries.tsv}. Texts are compared {@link #fold folded}.
 */
final class PublicCountryLists {
    /** One country of mledoze/countries. */
    record Mledoze(String cca2, String cca3, boolean sovereign, Set<String> names, Set<String> demonyms,
                   Set<String> capitals) {}

    private PublicCountryLists() {}

    /** Case, accents, apostrophes and punctuation removed: "N'Djamena" and "Ndjamena" fold alike. */
    static String fold(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        t = t.toLowerCase(Locale.ROOT).replaceAll("['\u2019\u02bb]", "");
        return t.replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** mledoze/countries.json by cca2; "sovereign" means independent or a UN member. */
    static Map<String, Mledoze> mledoze(Path dir) throws IOException {
        JsonNode root = new ObjectMapper().readTree(dir.resolve("mledoze-countries/countries.json").toFile());
        Map<String, Mledoze> out = new HashMap<>();
        for (JsonNode c : root) {
            Set<String> names = new HashSet<>(List.of(c.path("name").path("common").asText().toLowerCase(Locale.ROOT)));
            c.path("altSpellings").forEach(a -> names.add(a.asText().toLowerCase(Locale.ROOT)));
            Set<String> demonyms = new HashSet<>();
            c.path("demonyms").path("eng").forEach(d -> {
                for (String part : d.asText().split(", | or "))   // "Kittitian or Nevisian", "Antiguan, Barbudan"
                    demonyms.add(fold(part));
            });
            Set<String> capitals = new HashSet<>();
            c.path("capital").forEach(k -> capitals.add(fold(k.asText())));
            boolean sovereign = c.path("independent").asBoolean(false) || c.path("unMember").asBoolean(false);
            out.put(c.path("cca2").asText(),
                    new Mledoze(c.path("cca2").asText(), c.path("cca3").asText(), sovereign, names, demonyms, capitals));
        }
        return out;
    }

    private static final Pattern COUNTRY = Pattern.compile("<Country>(.*?)</Country>", Pattern.DOTALL);

    /** Folded {@code <Nationality>} lines of CountryInfo.120116.txt by {@code <ISO3166-alpha2>}. */
    static Map<String, Set<String>> countryInfoNationalities(Path dir) throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve("countryinfo/CountryInfo.120116.txt"));
        // The file holds a NUL and two SUB bytes, and documents its own tags in an XML comment: drop both.
        String text = new String(bytes, UTF_8).replaceAll("[\\x00-\\x08\\x0B-\\x1F]", "")
                .replaceAll("(?s)<!--.*?-->", "");
        Map<String, Set<String>> out = new HashMap<>();
        Matcher m = COUNTRY.matcher(text);
        while (m.find()) {
            String iso2 = String.join("", tagLines(m.group(1), "ISO3166-alpha2"));
            Set<String> forms = out.computeIfAbsent(iso2, k -> new HashSet<>());
            tagLines(m.group(1), "Nationality").forEach(n -> forms.add(fold(n)));
        }
        return out;
    }

    /** Lines of {@code <tag>...</tag>}, without {@code #} comments, {@code [..]} codes and TABARI underscores. */
    private static List<String> tagLines(String record, String tag) {
        Matcher m = Pattern.compile("<" + tag + ">(.*?)</" + tag + ">", Pattern.DOTALL).matcher(record);
        List<String> lines = new ArrayList<>();
        if (!m.find())
            return lines;
        for (String line : m.group(1).split("\n")) {
            String t = line.replaceAll("#.*", "").replaceAll("\\[.*?]", "").strip();
            if (!t.isEmpty())
                lines.add(t.replace('_', ' '));
        }
        return lines;
    }
}
