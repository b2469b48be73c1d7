package org.diplograph.eval.meetings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One meeting of the hand-written dev gold ({@code meetings-dev.tsv}, format in its header): the document, the
 * status, date and place, and the sides; a member is a set of alternative names for one participant.
 */
record GoldMeeting(String doc, String status, String date, String place, List<List<Set<String>>> sides) {
    static List<GoldMeeting> parse(InputStream in) {
        List<GoldMeeting> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#"))
                    continue;
                String[] cols = line.split("\t");
                if (cols.length < 6)
                    throw new IllegalArgumentException("meetings gold: fewer than 6 columns in: " + line);
                List<List<Set<String>>> sides = new ArrayList<>();
                for (int i = 4; i < cols.length; i++) {
                    List<Set<String>> members = new ArrayList<>();
                    for (String member : cols[i].split(";"))
                        members.add(new LinkedHashSet<>(List.of(member.strip().split("\\s*\\|\\s*"))));
                    sides.add(members);
                }
                out.add(new GoldMeeting(cols[0], cols[1], dash(cols[2]), dash(cols[3]), sides));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String dash(String value) {
        return value.strip().equals("-") ? null : value.strip();
    }

    /** The participant pairs across sides: each pair is two sets of alternatives. */
    List<List<Set<String>>> pairs() {
        List<List<Set<String>>> out = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++)
            for (int j = i + 1; j < sides.size(); j++)
                for (Set<String> a : sides.get(i))
                    for (Set<String> b : sides.get(j))
                        out.add(List.of(a, b));
        return out;
    }
}
