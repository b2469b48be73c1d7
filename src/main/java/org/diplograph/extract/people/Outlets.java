package org.diplograph.extract.people;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.extract.text.TsvRows;
import org.diplograph.facts.Article;
import org.diplograph.knowledge.Holding;

/**
 * The country of the outlet that published an article, from {@code data/outlets.tsv}: by the host of its URL (the
 * source's metadata, else a URL in the first lines of the text, as saved State Department and White House releases
 * carry one), by the publisher's name, or by a folder of a known corpus. Null for wire services, international
 * outlets and what the table does not know. Only a weak default for national titles left without a country.
 */
final class Outlets {
    /** The years a corpus of undated articles covers, as days. */
    record Period(LocalDate from, LocalDate to) {
        boolean overlaps(Holding h) {
            return (h.start() == null || !h.start().first().isAfter(to))
                    && (h.end() == null || !h.end().last().isBefore(from));
        }
    }

    private static final Pattern URL = Pattern.compile("https?://([A-Za-z0-9.-]+)");
    private static final int HEAD = 400;
    private static volatile Outlets standard;

    private final Map<String, String> domains = new HashMap<>();
    private final Map<String, String> publishers = new HashMap<>();
    private final Map<String, String> folders = new HashMap<>();
    private final Map<String, Period> periods = new HashMap<>();

    static Outlets standard() {
        if (standard == null) {
            synchronized (Outlets.class) {
                if (standard == null)
                    standard = new Outlets(TsvRows.of("/data/outlets.tsv"));
            }
        }
        return standard;
    }

    Outlets(List<String[]> rows) {
        for (String[] f : rows) {
            Map<String, String> into = switch (f[0]) {
                case "domain" -> domains;
                case "publisher" -> publishers;
                case "folder" -> folders;
                default -> throw new IllegalStateException("data/outlets.tsv: unknown kind " + f[0]);
            };
            if (!f[2].equals("-"))
                into.put(f[1].toLowerCase(Locale.ROOT), f[2]);
            if (f.length > 3 && !f[3].isEmpty()) {
                if (into != folders)
                    throw new IllegalStateException("data/outlets.tsv: a period only for a folder: " + f[1]);
                String[] years = f[3].split("/");
                periods.put(f[1].toLowerCase(Locale.ROOT), new Period(LocalDate.of(Integer.parseInt(years[0]), 1, 1),
                        LocalDate.of(Integer.parseInt(years[years.length - 1]), 12, 31)));
            }
        }
    }

    /** The outlet's country, or null. */
    String countryOf(Article article) {
        String host = host(article.url());
        if (host == null) {
            Matcher m = URL.matcher(article.text().substring(0, Math.min(HEAD, article.text().length())));
            host = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
        }
        for (String h = host; h != null; h = h.indexOf('.') < 0 ? null : h.substring(h.indexOf('.') + 1))
            if (domains.containsKey(h))
                return domains.get(h);
        if (article.publisher() != null && publishers.containsKey(article.publisher().strip().toLowerCase(Locale.ROOT)))
            return publishers.get(article.publisher().strip().toLowerCase(Locale.ROOT));
        for (String segment : article.path().replace('\\', '/').split("/"))
            if (folders.containsKey(segment.toLowerCase(Locale.ROOT)))
                return folders.get(segment.toLowerCase(Locale.ROOT));
        return null;
    }

    /** The years the corpus of an article without a date covers, by its folder; null for a dated article. */
    Period periodOf(Article article) {
        if (article.published() != null)
            return null;
        for (String segment : article.path().replace('\\', '/').split("/"))
            if (periods.containsKey(segment.toLowerCase(Locale.ROOT)))
                return periods.get(segment.toLowerCase(Locale.ROOT));
        return null;
    }

    private static String host(String url) {
        if (url == null)
            return null;
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
