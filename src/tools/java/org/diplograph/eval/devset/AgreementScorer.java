package org.diplograph.eval.devset;

import java.io.PrintWriter;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.diplograph.eval.Scores;

/**
 * Scores a second annotation of one article against the first, kind by kind, with the notions of "right" that
 * {@link ArticleScorer} applies to the extractor, so that the figures compare: the first annotation is the gold,
 * the second takes the system's place. Where the scorer's rule leans on a system fact, the annotation's record
 * stands in for it, and the rule is made symmetric (swapping the two annotations swaps precision and recall):
 * <ul>
 * <li>a record marked {@code ?} in either annotation is neither required nor penalized, as the gold's are;</li>
 * <li>two meeting members agree when they share an alternative: persons by {@link PersonNames} (or one's FULL NAME
 * among the other's forms) and, counting the country, the same country in their person records; ISO codes equal;
 * bodies by {@link ArticleScorer#sameOrganization};</li>
 * <li>dates agree when {@link DevsetGold#dateRight} holds either way round;</li>
 * <li>statements: anchors are not spans the two annotators share (each copies 4–10 words from where they see the
 * content start), so two statements match, one to one, when their anchors overlap or lie in the same sentence,
 * same speaker first (see {@link #statements()}).</li>
 * </ul>
 */
final class AgreementScorer {
    private final DevsetGold first, second;
    private final String text;
    private final Tally tally;
    private final PrintWriter out;

    /** {@code text}: the article text the anchors are copied from; {@code out}: where differences go, or null. */
    AgreementScorer(DevsetGold first, DevsetGold second, String text, Tally tally, PrintWriter out) {
        this.first = first;
        this.second = second;
        this.text = text;
        this.tally = tally;
        this.out = out;
    }

    void score() {
        persons();
        meetings();
        statements();
        relations();
    }

    private void say(String format, Object... args) {
        if (out != null)
            out.printf("  " + format + "%n", args);
    }

    // ------------------------------------------------------------------ persons and officials

    private void persons() {
        tally.persons = tally.persons.plus(personScores(first.persons(), second.persons(), false, "person"));
        List<DevsetGold.Person> a = first.persons().stream().filter(p -> !p.officialUnsure()).toList();
        List<DevsetGold.Person> b = second.persons().stream().filter(p -> !p.officialUnsure()).toList();
        // an official one annotator was unsure of is neither required nor penalized: leave out both records
        List<DevsetGold.Person> officialsA = a.stream().filter(DevsetGold.Person::isOfficial)
                .filter(p -> second.persons().stream().noneMatch(o -> o.officialUnsure() && samePerson(p, o))).toList();
        List<DevsetGold.Person> officialsB = b.stream().filter(DevsetGold.Person::isOfficial)
                .filter(p -> first.persons().stream().noneMatch(o -> o.officialUnsure() && samePerson(o, p))).toList();
        tally.officials = tally.officials.plus(personScores(officialsA, officialsB, true, "official"));
        tally.officialsByName = tally.officialsByName.plus(personScores(officialsA, officialsB, false, null));
    }

    /** One to one, the closest name first; {@code what} null: print nothing. */
    private Scores personScores(List<DevsetGold.Person> a, List<DevsetGold.Person> b, boolean withCountry, String what) {
        List<DevsetGold.Person> left = new ArrayList<>(b);
        int tp = 0, fn = 0;
        for (DevsetGold.Person p : a) {
            DevsetGold.Person hit = left.stream().filter(o -> samePerson(p, o))
                    .filter(o -> !withCountry || sameBody(p.forWhom(), o.forWhom()))
                    .max(Comparator.comparingInt(o -> PersonNames.match(p.fullName(), o.fullName()))).orElse(null);
            if (hit == null) {
                fn++;
                if (what != null)
                    say("%s only in the first: %s (%s, %s)%s", what, p.fullName(), p.office(), p.forWhom(),
                            b.stream().filter(o -> samePerson(p, o)).map(o -> " — second: " + o.fullName() + " ("
                                    + o.office() + ", " + o.forWhom() + ")").findFirst().orElse(""));
            } else {
                tp++;
                left.remove(hit);
            }
        }
        for (DevsetGold.Person o : left)
            if (what != null)
                say("%s only in the second: %s (%s, %s)", what, o.fullName(), o.office(), o.forWhom());
        return new Scores(tp, left.size(), fn);
    }

    private static boolean samePerson(DevsetGold.Person a, DevsetGold.Person b) {
        return PersonNames.match(a.fullName(), b.fullName()) > 0 || hasForm(a, b.fullName()) || hasForm(b, a.fullName());
    }

    private static boolean hasForm(DevsetGold.Person p, String name) {
        return p.forms().stream().anyMatch(f -> f.equalsIgnoreCase(name));
    }

    /** The same country, or the same intergovernmental body, or no country on either side. */
    private static boolean sameBody(String a, String b) {
        if (a == null || b == null)
            return a == null && b == null;
        if (a.startsWith("org:") && b.startsWith("org:"))
            return ArticleScorer.sameOrganization(a.substring(4), b.substring(4));
        return a.equals(b);
    }

    // ------------------------------------------------------------------ meetings

    private record Matched(DevsetGold.Pair a, DevsetGold.Pair b) {
    }

    private void meetings() {
        List<Matched> matched = new ArrayList<>();
        tally.meetingPairs = tally.meetingPairs.plus(pairScores(m -> m.status().equals("occurred"), true, matched, false));
        for (Matched m : matched) {
            String da = m.a().meeting().date(), db = m.b().meeting().date();
            boolean dateOk = DevsetGold.dateRight(da, db) || DevsetGold.dateRight(db, da);
            tally.meetingDate.add(dateOk);
            boolean modeOk = Objects.equals(m.a().meeting().mode(), m.b().meeting().mode());
            tally.meetingMode.add(modeOk);
            if (!dateOk || !modeOk)
                say("meeting pair %s: date %s/%s mode %s/%s", m.a().label(), da, db, m.a().meeting().mode(),
                        m.b().meeting().mode());
        }
        tally.meetingPairsByName = tally.meetingPairsByName.plus(
                pairScores(m -> m.status().equals("occurred"), false, new ArrayList<>(), false));
        List<Matched> any = new ArrayList<>();
        tally.meetingPairsAnyStatus = tally.meetingPairsAnyStatus.plus(pairScores(m -> true, true, any, true));
        for (Matched m : any) {
            DevsetGold.Meeting a = m.a().meeting(), b = m.b().meeting();
            boolean ok = a.status().equals(b.status());
            tally.meetingStatus.add(ok);
            boolean dateOk = DevsetGold.dateRight(a.date(), b.date()) || DevsetGold.dateRight(b.date(), a.date());
            boolean modeOk = Objects.equals(a.mode(), b.mode());
            tally.meetingDateAnyStatus.add(dateOk);
            tally.meetingModeAnyStatus.add(modeOk);
            if (!ok || !a.status().equals("occurred") && (!dateOk || !modeOk))
                say("meeting pair %s: status %s/%s date %s/%s mode %s/%s", m.a().label(), a.status(), b.status(),
                        a.date(), b.date(), a.mode(), b.mode());
        }
    }

    /**
     * The required pairs of the meetings the filter keeps, matched one to one; a pair that is optional in either
     * annotation (an optional meeting or member) is left out of the counts.
     */
    private Scores pairScores(Predicate<DevsetGold.Meeting> filter, boolean withCountry,
                              List<Matched> matched, boolean report) {
        List<DevsetGold.Pair> requiredA = first.pairs(filter.and(m -> !m.optional()), false);
        List<DevsetGold.Pair> requiredB = second.pairs(filter.and(m -> !m.optional()), false);
        List<DevsetGold.Pair> optionalA = optionalPairs(first, filter), optionalB = optionalPairs(second, filter);
        List<DevsetGold.Pair> left = new ArrayList<>(requiredB);
        int tp = 0, fn = 0, fp = 0;
        for (DevsetGold.Pair a : requiredA) {
            DevsetGold.Pair hit = left.stream().filter(b -> samePair(a, b, withCountry)).findFirst().orElse(null);
            if (hit != null) {
                tp++;
                left.remove(hit);
                matched.add(new Matched(a, hit));
            } else if (optionalB.stream().anyMatch(b -> samePair(a, b, false))) {
                doubt(report, "meeting pairs", "sure in the first, doubtful in the second", a.label());
            } else {
                fn++;
                if (report)
                    say("meeting pair only in the first: %s (%s, %s)", a.label(), a.meeting().status(), a.meeting().date());
            }
        }
        for (DevsetGold.Pair b : left)
            if (optionalA.stream().anyMatch(a -> samePair(a, b, false)))
                doubt(report, "meeting pairs", "doubtful in the first, sure in the second", b.label());
            else {
                fp++;
                if (report)
                    say("meeting pair only in the second: %s (%s, %s)", b.label(), b.meeting().status(), b.meeting().date());
            }
        if (report) {
            for (DevsetGold.Pair a : optionalA)
                if (optionalB.stream().anyMatch(b -> samePair(a, b, false)))
                    tally.note("meeting pairs: doubtful in both");
                else if (requiredB.stream().noneMatch(b -> samePair(a, b, false)))
                    doubt(true, "meeting pairs", "doubtful in the first, absent from the second", a.label());
            for (DevsetGold.Pair b : optionalB)
                if (requiredA.stream().noneMatch(a -> samePair(a, b, false))
                        && optionalA.stream().noneMatch(a -> samePair(a, b, false)))
                    doubt(true, "meeting pairs", "doubtful in the second, absent from the first", b.label());
        }
        return new Scores(tp, fp, fn);
    }

    /** A record the figures leave out because one annotator doubted it: counted and, when asked, printed. */
    private void doubt(boolean count, String kind, String how, String what) {
        if (!count)
            return;
        tally.note(kind + ": " + how);
        say("%s %s: %s", kind, how, what);
    }

    private static List<DevsetGold.Pair> optionalPairs(DevsetGold gold, Predicate<DevsetGold.Meeting> filter) {
        List<DevsetGold.Pair> out = new ArrayList<>(gold.pairs(filter.and(DevsetGold.Meeting::optional), false));
        out.addAll(gold.pairs(filter, true));
        return out;
    }

    private boolean samePair(DevsetGold.Pair a, DevsetGold.Pair b, boolean withCountry) {
        return member(a.a(), b.a(), withCountry) && member(a.b(), b.b(), withCountry)
                || member(a.a(), b.b(), withCountry) && member(a.b(), b.a(), withCountry);
    }

    /** Two members (alternative names each) agree when some alternative of one agrees with some of the other. */
    private boolean member(Set<String> a, Set<String> b, boolean withCountry) {
        for (String x : a)
            for (String y : b)
                if (sameName(x, y, withCountry))
                    return true;
        return false;
    }

    private boolean sameName(String x, String y, boolean withCountry) {
        boolean codeX = x.matches("[A-Z]{2}"), codeY = y.matches("[A-Z]{2}");
        boolean orgX = x.startsWith("org:"), orgY = y.startsWith("org:");
        if (codeX || codeY)
            return x.equals(y);
        if (orgX || orgY)
            return orgX && orgY && ArticleScorer.sameOrganization(x.substring(4), y.substring(4));
        DevsetGold.Person px = first.person(x), py = second.person(y);
        boolean sameName = PersonNames.match(x, y) > 0 || px != null && hasForm(px, y) || py != null && hasForm(py, x);
        if (!sameName || !withCountry)
            return sameName;
        String cx = px == null ? null : px.country(), cy = py == null ? null : py.country();
        return cx == null || cy == null || cx.equals(cy);
    }

    // ------------------------------------------------------------------ statements

    private record Anchored(DevsetGold.Statement statement, int begin, int end, int sentence) {
        boolean overlaps(Anchored o) {
            return begin < o.end && o.begin < end;
        }

        boolean near(Anchored o) {
            return overlaps(o) || sentence == o.sentence;
        }
    }

    /**
     * Each anchor is located in the text; two statements match when their anchors overlap or fall in the same
     * sentence. The sentence, not the span alone: the conventions say where an anchor starts (the start of the
     * content) but annotators read that start differently ("reiterated their support for …" against "their support
     * for …", a quotation's first words against the reporting clause's), and a statement is attributed sentence by
     * sentence; overlap alone would miss those, and sentence alone would lose anchors the splitter cuts at an
     * abbreviation. Several statements in one sentence (two speakers of one content, two reporting verbs) are
     * matched one to one: same speaker and overlapping anchors first, then same speaker in the sentence, then any
     * speaker, the nearest anchor first.
     */
    private void statements() {
        List<Integer> sentences = sentenceStarts(text);
        List<Anchored> a = anchored(first, sentences), b = anchored(second, sentences);
        Set<Anchored> usedB = new HashSet<>();
        Map<Anchored, Anchored> match = new LinkedHashMap<>();
        for (boolean speakerRequired : new boolean[] {true, false})
            for (boolean overlapRequired : new boolean[] {true, false})
                for (Anchored x : a) {
                    if (match.containsKey(x))
                        continue;
                    b.stream().filter(y -> !usedB.contains(y))
                            .filter(y -> overlapRequired ? x.overlaps(y) : x.near(y))
                            .filter(y -> !speakerRequired || sameSpeaker(x.statement().speaker(), y.statement().speaker()))
                            .min(Comparator.comparingInt(y -> Math.abs(x.begin() - y.begin())))
                            .ifPresent(y -> {
                                match.put(x, y);
                                usedB.add(y);
                            });
                }
        int tp = 0, fn = 0, fp = 0;
        for (Anchored x : a) {
            if (x.statement().optional())
                continue;
            Anchored y = match.get(x);
            if (y != null && y.statement().optional() || y == null && b.stream().anyMatch(o -> o.statement().optional()
                    && o.near(x) && sameSpeaker(x.statement().speaker(), o.statement().speaker()))) {
                doubt(true, "statements", "sure in the first, doubtful in the second", label(x));
                continue;
            }
            tally.statementsFound.add(y != null);
            if (y == null) {
                fn++;
                say("statement only in the first: %s %s «%s»", x.statement().speaker(), x.statement().kind(),
                        x.statement().anchor());
                continue;
            }
            tally.note("statement anchors: " + (x.statement().anchor().equals(y.statement().anchor()) ? "identical"
                    : x.overlaps(y) ? "overlapping" : "in the same sentence only"));
            boolean right = sameSpeaker(x.statement().speaker(), y.statement().speaker());
            tally.speakerRight.add(right);
            tally.statementKind.add(x.statement().kind().equals(y.statement().kind()));
            if (right)
                tp++;
            else {
                fn++;
                fp++;
                say("statement speaker: %s / %s «%s»", x.statement().speaker(), y.statement().speaker(),
                        x.statement().anchor());
            }
            if (!x.statement().kind().equals(y.statement().kind()))
                say("statement kind: %s / %s «%s»", x.statement().kind(), y.statement().kind(), x.statement().anchor());
        }
        Set<Anchored> matchedB = new HashSet<>(match.values());
        for (Anchored x : a)
            if (x.statement().optional() && match.get(x) != null && match.get(x).statement().optional())
                tally.note("statements: doubtful in both");
            else if (x.statement().optional() && match.get(x) == null && b.stream().noneMatch(o -> o.near(x)
                    && sameSpeaker(x.statement().speaker(), o.statement().speaker())))
                doubt(true, "statements", "doubtful in the first, absent from the second", label(x));
        for (Anchored y : b) {
            if (y.statement().optional()) {
                if (!matchedB.contains(y) && a.stream().noneMatch(o -> o.near(y)
                        && sameSpeaker(o.statement().speaker(), y.statement().speaker())))
                    doubt(true, "statements", "doubtful in the second, absent from the first", label(y));
                continue;
            }
            if (matchedB.contains(y) && match.entrySet().stream().anyMatch(e -> e.getValue() == y
                    && !e.getKey().statement().optional()))
                continue;
            if (a.stream().anyMatch(o -> o.statement().optional() && o.near(y)
                    && sameSpeaker(o.statement().speaker(), y.statement().speaker()))) {
                doubt(true, "statements", "doubtful in the first, sure in the second", label(y));
                continue;
            }
            fp++;
            tally.statementsExtra++;
            say("statement only in the second: %s %s «%s»", y.statement().speaker(), y.statement().kind(),
                    y.statement().anchor());
        }
        tally.attribution = tally.attribution.plus(new Scores(tp, fp, fn));
    }

    private static String label(Anchored s) {
        return String.join("|", s.statement().speaker()) + " " + s.statement().kind() + " «" + s.statement().anchor() + "»";
    }

    private List<Anchored> anchored(DevsetGold gold, List<Integer> sentences) {
        List<Anchored> out = new ArrayList<>();
        for (DevsetGold.Statement s : gold.statements()) {
            int at = text.indexOf(s.anchor());
            if (at < 0) {
                // bad input names its file and goes on: the statement is left out of both annotations' counts
                say("ERROR %s: statement anchor not in the article: «%s»", gold.id(), s.anchor());
                continue;
            }
            out.add(new Anchored(s, at, at + s.anchor().length(), sentenceOf(sentences, at)));
        }
        return out;
    }

    /**
     * Sentence starts by the JDK's sentence rules, with every line break a boundary too (releases put titles,
     * datelines and speaker turns on lines of their own). No CoreNLP: the two annotations are compared without
     * running anything of the extractor.
     */
    static List<Integer> sentenceStarts(String text) {
        Set<Integer> starts = new TreeSet<>();
        starts.add(0);
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        for (int at = it.next(); at != BreakIterator.DONE; at = it.next())
            starts.add(at);
        for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
            starts.add(at + 1);
        return new ArrayList<>(starts);
    }

    static int sentenceOf(List<Integer> starts, int position) {
        int i = Collections.binarySearch(starts, position);
        return i >= 0 ? i : -i - 2;
    }

    /** Two speakers (alternatives each) agree when some alternative of one agrees with some of the other. */
    private boolean sameSpeaker(Set<String> a, Set<String> b) {
        return member(a, b, false);
    }

    // ------------------------------------------------------------------ relations

    private void relations() {
        Set<String> pairsA = new LinkedHashSet<>(), optionalPairsA = new HashSet<>();
        Set<String> typedA = new LinkedHashSet<>(), optionalTypedA = new HashSet<>();
        Set<String> pairsB = new LinkedHashSet<>(), optionalPairsB = new HashSet<>();
        Set<String> typedB = new LinkedHashSet<>(), optionalTypedB = new HashSet<>();
        collect(first, pairsA, optionalPairsA, typedA, optionalTypedA);
        collect(second, pairsB, optionalPairsB, typedB, optionalTypedB);
        Scores pairs = setScores(pairsA, optionalPairsA, pairsB, optionalPairsB, "relation pair");
        tally.relationPairs = tally.relationPairs.plus(pairs);
        if (pairs.truePositives() + pairs.falseNegatives() + pairs.falsePositives() > 0)
            tally.relationPairsMacroF1.add(pairs.f1());
        tally.typedRelations = tally.typedRelations.plus(setScores(typedA, optionalTypedA, typedB, optionalTypedB, "relation"));
        for (DevsetGold.Relation r : first.relations()) {
            if (r.optional())
                continue;
            second.relations().stream().filter(o -> !o.optional() && key(o).equals(key(r))).findFirst().ifPresent(o -> {
                boolean ok = DevsetGold.dateRight(r.date(), o.date()) || DevsetGold.dateRight(o.date(), r.date());
                tally.relationDate.add(ok);
                if (!ok)
                    say("relation %s: date %s/%s", key(r), r.date(), o.date());
            });
        }
    }

    private static void collect(DevsetGold gold, Set<String> pairs, Set<String> optionalPairs, Set<String> typed,
                                Set<String> optionalTyped) {
        for (DevsetGold.Relation r : gold.relations()) {
            (r.optional() ? optionalPairs : pairs).add(ArticleScorer.unordered(r.source(), r.target()));
            (r.optional() ? optionalTyped : typed).add(key(r));
        }
        optionalPairs.removeAll(pairs);
        optionalTyped.removeAll(typed);
    }

    private static String key(DevsetGold.Relation r) {
        return r.source() + ">" + r.target() + " " + r.type();
    }

    /** A key optional in either annotation counts neither way. */
    private Scores setScores(Set<String> a, Set<String> optionalA, Set<String> b, Set<String> optionalB, String what) {
        int tp = 0, fp = 0, fn = 0;
        String kind = what + "s";
        for (String k : a)
            if (b.contains(k))
                tp++;
            else if (optionalB.contains(k))
                doubt(true, kind, "sure in the first, doubtful in the second", k);
            else {
                fn++;
                say("%s only in the first: %s", what, k);
            }
        for (String k : b)
            if (a.contains(k))
                continue;
            else if (optionalA.contains(k))
                doubt(true, kind, "doubtful in the first, sure in the second", k);
            else {
                fp++;
                say("%s only in the second: %s", what, k);
            }
        for (String k : optionalA)
            if (optionalB.contains(k))
                tally.note(kind + ": doubtful in both");
            else if (!b.contains(k))
                doubt(true, kind, "doubtful in the first, absent from the second", k);
        for (String k : optionalB)
            if (!optionalA.contains(k) && !a.contains(k))
                doubt(true, kind, "doubtful in the second, absent from the first", k);
        return new Scores(tp, fp, fn);
    }
}
