package org.diplograph.knowledge.build;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.diplograph.knowledge.Holding;
import org.diplograph.knowledge.OfficeKind;

/** The coverage of the built tables, for docs/KNOWLEDGE.md: persons, terms, countries and years per kind and source. */
final class Coverage {
    private Coverage() {}

    static String markdown(Merger.Tables t) {
        List<Holding> all = Stream.concat(t.main().stream(), t.countryInfo().stream()).toList();
        StringBuilder b = new StringBuilder();
        b.append("\n| kind | persons | terms | countries / organizations | years |\n|---|---|---|---|---|\n");
        for (OfficeKind k : OfficeKind.values())
            line(b, k.token(), all.stream().filter(h -> h.kind() == k).toList());
        line(b, "**all**", all);
        b.append("\n| source | persons | terms | countries / organizations | years |\n|---|---|---|---|---|\n");
        Map<String, List<Holding>> bySource = new TreeMap<>();
        for (Holding h : all)
            bySource.computeIfAbsent(h.source(), s -> new java.util.ArrayList<>()).add(h);
        bySource.forEach((s, hs) -> line(b, s, hs));
        b.append("\n| decade | persons in office | countries / organizations |\n|---|---|---|\n");
        for (int d = 1940; d <= 2020; d += 10) {
            int from = d;
            List<Holding> in = all.stream().filter(h -> (h.start() != null ? h.start().first().getYear() : h.end() != null ? h.end().first().getYear() : 0) < from + 10
                    && (h.end() == null || h.end().last().getYear() >= from)).toList();
            b.append("| ").append(d).append("s | ").append(in.stream().map(Holding::personId).distinct().count())
                    .append(" | ").append(in.stream().map(Holding::holder).distinct().count()).append(" |\n");
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String label, List<Holding> hs) {
        if (hs.isEmpty())
            return;
        Set<Integer> years = new TreeSet<>();
        for (Holding h : hs) {
            if (h.start() != null)
                years.add(h.start().first().getYear());
            if (h.end() != null)
                years.add(h.end().last().getYear());
        }
        b.append("| ").append(label).append(" | ").append(hs.stream().map(Holding::personId).distinct().count())
                .append(" | ").append(hs.size()).append(" | ").append(hs.stream().map(Holding::holder).distinct().count())
                .append(" | ").append(years.isEmpty() ? "" : ((TreeSet<Integer>) years).first() + "-"
                        + ((TreeSet<Integer>) years).last()).append(" |\n");
    }
}
