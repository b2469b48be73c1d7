package org.diplograph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores system attributions against PolNeAR's gold, per the rule: a system statement is right when its
 * content overlaps a gold content and its speaker mention overlaps the gold source (or its resolved name, for a
 * speaker resolved to a person or organization, ends with a word of the gold source: "Mr. Trump" and
 * "Donald Trump"). Matching is one to one. Gold attributions without a source and system statements without a
 * speaker take no part: the measure is of attribution. Direct quotes are also scored on their own, with the
 * speaker accuracy of the direct quotes whose content was found.
 */
public final class AttributionScorer {
    /** A system statement: content fragments, speaker mention (or null), resolved name (or null), direct flag. */
    public record Predicted(List<int[]> content, int[] speaker, String speakerName, boolean named, boolean direct) {
    }

    private long tp, fp, fn, directTp, directFp, directFn, directFound, directRightSpeaker;

    public void add(List<PolnearCorpus.Span> gold, List<Predicted> predicted) {
        List<PolnearCorpus.Span> sourced = gold.stream().filter(g -> !g.source().isEmpty()).toList();
        List<Predicted> attributed = predicted.stream().filter(p -> p.speaker() != null).toList();
        long matched = match(sourced, attributed, true);
        tp += matched;
        fp += attributed.size() - matched;
        fn += sourced.size() - matched;
        List<PolnearCorpus.Span> goldDirect = sourced.stream().filter(PolnearCorpus.Span::direct).toList();
        List<Predicted> direct = attributed.stream().filter(Predicted::direct).toList();
        long directMatched = match(goldDirect, direct, true);
        directTp += directMatched;
        directFp += direct.size() - directMatched;
        directFn += goldDirect.size() - directMatched;
        directFound += match(goldDirect, direct, false);
        directRightSpeaker += directMatched;
    }

    public Scores all() {
        return new Scores(tp, fp, fn);
    }

    public Scores direct() {
        return new Scores(directTp, directFp, directFn);
    }

    /** Of the gold direct quotes a system quote overlaps, the share attributed to the right speaker. */
    public double directSpeakerAccuracy() {
        return directFound == 0 ? 0 : (double) directRightSpeaker / directFound;
    }

    public long directFound() {
        return directFound;
    }

    /** Greedy one-to-one matching, largest content overlap first; {@code withSpeaker} also asks the speaker to agree. */
    static long match(List<PolnearCorpus.Span> gold, List<Predicted> predicted, boolean withSpeaker) {
        List<int[]> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++)
            for (int p = 0; p < predicted.size(); p++) {
                int overlap = overlap(gold.get(g).content(), predicted.get(p).content());
                if (overlap > 0 && (!withSpeaker || sameSpeaker(gold.get(g), predicted.get(p))))
                    pairs.add(new int[] {g, p, overlap});
            }
        pairs.sort((a, b) -> Integer.compare(b[2], a[2]));
        boolean[] goldUsed = new boolean[gold.size()], predictedUsed = new boolean[predicted.size()];
        long matched = 0;
        for (int[] pair : pairs)
            if (!goldUsed[pair[0]] && !predictedUsed[pair[1]]) {
                goldUsed[pair[0]] = predictedUsed[pair[1]] = true;
                matched++;
            }
        return matched;
    }

    static boolean sameSpeaker(PolnearCorpus.Span gold, Predicted p) {
        if (overlap(gold.source(), List.of(p.speaker())) > 0)
            return true;
        if (!p.named() || p.speakerName() == null)
            return false;
        String[] words = p.speakerName().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        String last = words.length == 0 ? "" : words[words.length - 1];
        String source = " " + gold.sourceText().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
        return last.length() >= 3 && source.contains(" " + last + " ");
    }

    static int overlap(List<int[]> a, List<int[]> b) {
        int total = 0;
        for (int[] x : a)
            for (int[] y : b)
                total += Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
        return total;
    }
}
