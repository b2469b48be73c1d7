package org.diplograph.extract.people;

import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.extract.text.TsvRows;
import org.diplograph.facts.Article;
import org.diplograph.knowledge.Holding;
import org.diplograph.knowledge.OfficeKind;

/**
 * The country of the outlet that published an article, from {@code data/outlets.tsv}: by the host of its URL (the
 * source's metadata, else a URL in the first lines of the text, as saved State Department and White House releases
 * carry one), by the publisher's name, by the outlet a collection's document id names ("foxnews.106537" in the WMT
 * news test sets), or by a folder of a known corpus. Null for wire services, international
 * outlets and what the table does not know. Only a weak default for national titles left without a country.
 */
final class Outlets {
    /** The years a corpus of undated articles covers, as days. */
    record Period(LocalDate from, LocalDate to) {
        boolean overlaps(Holding h) {
            return (h.start() == null || !h.start().first().isAfter(to))
                    && (h.end() == null || !h.end().last().isBefore(from));
        }

        /**
         * Whether a term counts for an article of these years: any term that overlaps them, but a seat in a
         * legislature only when it covers the greater part of them. A seat begins and ends at an election, and an
         * article of the corpus is more likely from the side of it with more days: Ed Balls, elected in May 2005,
         * is a former Treasury adviser in the BBC's 2004-2005 articles, not an MP; Archie Hamilton, a peer from
         * June 2005, is not the judge "Lord Hamilton".
         */
        boolean holds(Holding h) {
            if (!overlaps(h))
                return false;
            if (h.kind() != OfficeKind.LEGISLATOR)
                return true;
            LocalDate first = h.start() == null || h.start().first().isBefore(from) ? from : h.start().first();
            LocalDate last = h.end() == null || h.end().last().isAfter(to) ? to : h.end().last();
            return 2 * ChronoUnit.DAYS.between(first, last) > ChronoUnit.DAYS.between(from, to);
        }

        /** Whether a term had begun before these years (what any article of them could know of). */
        boolean begunBefore(Holding h) {
            return h.start() == null || h.start().first().isBefore(from);
        }
    }

    private static final Pattern URL = Pattern.compile("https?://([A-Za-z0-9.-]+)");
    private static final int HEAD = 400;
    private static volatile Outlets standard;

    private final Map<String, String> domains = new HashMap<>();
    private final Map<String, String> publishers = new HashMap<>();
    private final Map<String, String> folders = new HashMap<>();
    private final Map<String, String> collections = new HashMap<>();
    private final Map<String, Period> periods = new HashMap<>();
    /** Outlets that are a country's government (their kind and pattern, lower case). */
    private final Set<String> governments = new HashSet<>();

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
                case "collection" -> collections;
                default -> throw new IllegalStateException("data/outlets.tsv: unknown kind " + f[0]);
            };
            if (!f[2].equals("-"))
                into.put(f[1].toLowerCase(Locale.ROOT), f[2]);
            if (f.length > 4 && f[4].equals("government"))
                governments.add(f[0] + " " + f[1].toLowerCase(Locale.ROOT));
            else if (f.length > 4 && !f[4].isEmpty())
                throw new IllegalStateException("data/outlets.tsv: unknown mark " + f[4] + " of " + f[1]);
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
        String key = keyOf(article);
        if (key == null)
            return null;
        String pattern = key.substring(key.indexOf(' ') + 1);
        return (key.startsWith("domain ") ? domains : key.startsWith("publisher ") ? publishers
                : key.startsWith("collection ") ? collections : folders).get(pattern);
    }

    /** Whether the outlet is its country's government (a ministry's or the head of state's releases). */
    boolean isGovernment(Article article) {
        String key = keyOf(article);
        return key != null && governments.contains(key);
    }

    /** The row that knows the outlet, as its kind and pattern ("domain state.gov"), or null. */
    private String keyOf(Article article) {
        String host = host(article.url());
        if (host == null) {
            Matcher m = URL.matcher(article.text().substring(0, Math.min(HEAD, article.text().length())));
            host = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
        }
        for (String h = host; h != null; h = h.indexOf('.') < 0 ? null : h.substring(h.indexOf('.') + 1))
            if (domains.containsKey(h))
                return "domain " + h;
        if (article.publisher() != null && publishers.containsKey(article.publisher().strip().toLowerCase(Locale.ROOT)))
            return "publisher " + article.publisher().strip().toLowerCase(Locale.ROOT);
        String outlet = collectionOutlet(article.location());
        if (outlet != null && collections.containsKey(outlet))
            return "collection " + outlet;
        for (String segment : article.path().replace('\\', '/').split("/"))
            if (folders.containsKey(segment.toLowerCase(Locale.ROOT)))
                return "folder " + segment.toLowerCase(Locale.ROOT);
        return null;
    }

    private static final Pattern DOCUMENT_ID = Pattern.compile("([a-z][a-z0-9_.-]*)\\.[0-9]+");

    /** The outlet part of a collection's document id ("en.ndtv.com" of "en.ndtv.com.75108"), or null. */
    private static String collectionOutlet(String location) {
        Matcher m = DOCUMENT_ID.matcher(location.toLowerCase(Locale.ROOT));
        return m.matches() ? m.group(1) : null;
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
