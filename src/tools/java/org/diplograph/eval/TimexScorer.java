package org.diplograph.eval;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.diplograph.extract.time.TimeExpressions;

/** Counts for {@link TimexEvaluation}: span matches (strict and relaxed) and correct values, by gold type. */
final class TimexScorer {
    private long system, gold, strict, relaxed, correct;
    private final Map<String, long[]> byType = new TreeMap<>();

    void add(TimexDocument doc, List<TimeExpressions.Expression> predicted) {
        system += predicted.size();
        gold += doc.gold().size();
        boolean[] used = new boolean[predicted.size()];
        for (TimexDocument.Gold g : doc.gold()) {
            long[] t = byType.computeIfAbsent(g.type(), k -> new long[2]);
            t[0]++;
            int best = bestMatch(g, predicted, used);
            if (best < 0)
                continue;
            used[best] = true;
            TimeExpressions.Expression p = predicted.get(best);
            relaxed++;
            if (p.begin() == g.begin() && p.end() == g.end())
                strict++;
            if (normalize(p.value()).equals(normalize(g.value()))) {
                correct++;
                t[1]++;
            }
        }
    }

    /** The unused system expression overlapping {@code g} most, or -1 (the one-to-one relaxed match). */
    private static int bestMatch(TimexDocument.Gold g, List<TimeExpressions.Expression> predicted, boolean[] used) {
        int best = -1, bestOverlap = 0;
        for (int i = 0; i < predicted.size(); i++) {
            TimeExpressions.Expression p = predicted.get(i);
            int overlap = Math.min(p.end(), g.end()) - Math.max(p.begin(), g.begin());
            if (!used[i] && overlap > bestOverlap) {
                best = i;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /** Gold expressions missed or valued wrong, and system expressions matching none (for error analysis). */
    static void printErrors(String label, TimexDocument doc, List<TimeExpressions.Expression> predicted, PrintWriter out) {
        boolean[] used = new boolean[predicted.size()];
        String text = doc.text();
        for (TimexDocument.Gold g : doc.gold()) {
            int best = bestMatch(g, predicted, used);
            String context = text.substring(Math.max(0, g.begin() - 40), Math.min(text.length(), g.end() + 40)).replace('\n', ' ');
            if (best < 0) {
                out.printf("ERR\t%s\tmissed\t%s\t%s\t%s\t| %s%n", label, g.type(), g.value(), text.substring(g.begin(), g.end()), context);
                continue;
            }
            used[best] = true;
            TimeExpressions.Expression p = predicted.get(best);
            if (!normalize(p.value()).equals(normalize(g.value())))
                out.printf("ERR\t%s\twrong\t%s\t%s\t%s\tgot %s %s '%s'\t| %s%n", label, g.type(), g.value(),
                        text.substring(g.begin(), g.end()), p.type(), p.value(), text.substring(p.begin(), p.end()), context);
        }
        for (int i = 0; i < predicted.size(); i++)
            if (!used[i]) {
                TimeExpressions.Expression p = predicted.get(i);
                out.printf("ERR\t%s\tspurious\t%s\t%s\t%s\t| %s%n", label, p.type(), p.value(), text.substring(p.begin(), p.end()),
                        text.substring(Math.max(0, p.begin() - 40), Math.min(text.length(), p.end() + 40)).replace('\n', ' '));
            }
    }

    void addAll(TimexScorer other) {
        system += other.system;
        gold += other.gold;
        strict += other.strict;
        relaxed += other.relaxed;
        correct += other.correct;
        other.byType.forEach((k, v) -> {
            long[] t = byType.computeIfAbsent(k, x -> new long[2]);
            t[0] += v[0];
            t[1] += v[1];
        });
    }

    /** Case and zero-padding of week numbers differ between annotators ("2000-W8"); the value does not. */
    static String normalize(String value) {
        return value.toUpperCase(Locale.ROOT).replaceAll("-W(\\d)(?!\\d)", "-W0$1");
    }

    Scores values() {
        return new Scores(correct, system - correct, gold - correct);
    }

    Map<String, Double> figures(String prefix) {
        Map<String, Double> m = new LinkedHashMap<>(values().figures(prefix + "value."));
        m.put(prefix + "span.strict.f1", new Scores(strict, system - strict, gold - strict).f1());
        m.put(prefix + "span.relaxed.f1", new Scores(relaxed, system - relaxed, gold - relaxed).f1());
        m.put(prefix + "value.accuracy", relaxed == 0 ? 0 : (double) correct / relaxed);
        return m;
    }

    void print(String label, PrintWriter out) {
        out.printf("%s: value %s%n", label, values().format());
        out.printf("  spans: strict F1 %.3f, relaxed F1 %.3f; value accuracy on matched spans %.3f%n",
                new Scores(strict, system - strict, gold - strict).f1(),
                new Scores(relaxed, system - relaxed, gold - relaxed).f1(), relaxed == 0 ? 0 : (double) correct / relaxed);
        byType.forEach((type, t) -> out.printf("  gold %-8s %4d, value right %4d (recall %.3f)%n", type, t[0], t[1],
                t[0] == 0 ? 0 : (double) t[1] / t[0]));
    }
}
