package org.diplograph.eval.meetings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.diplograph.facts.Article;

/**
 * One RAMS example as an article: the window's tokens joined by spaces (sentences by newlines), with the
 * character offsets of the trigger and of each gold argument.
 */
record RamsExample(String docKey, String type, String trigger, Article article, List<Argument> arguments) {
    /** A gold argument: its role ("participant", "place"…) and local character offsets. */
    record Argument(String role, int begin, int end, String text) {
        boolean isParticipant() {
            return role.equals("participant") || role.equals("communicator") || role.equals("recipient");
        }
    }

    static RamsExample of(JsonNode json, Path file, int line) {
        List<Integer> begins = new ArrayList<>(), ends = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (JsonNode sentence : json.get("sentences")) {
            if (text.length() > 0)
                text.append('\n');
            boolean first = true;
            for (JsonNode token : sentence) {
                if (!first)
                    text.append(' ');
                first = false;
                begins.add(text.length());
                text.append(token.asText());
                ends.add(text.length());
            }
        }
        JsonNode trig = json.get("evt_triggers").get(0);
        String type = trig.get(2).get(0).get(0).asText();
        List<Argument> args = new ArrayList<>();
        for (JsonNode link : json.get("gold_evt_links")) {
            String role = link.get(2).asText().replaceFirst("^evt\\d+arg\\d+", "");
            int b = begins.get(link.get(1).get(0).asInt()), e = ends.get(link.get(1).get(1).asInt());
            args.add(new Argument(role, b, e, text.substring(b, e)));
        }
        String trigger = text.substring(begins.get(trig.get(0).asInt()), ends.get(trig.get(1).asInt()));
        String docKey = json.get("doc_key").asText();
        Article article = new Article("rams:" + docKey, file.toString(), "line " + line, null, "", null, null, null,
                null, null, text.toString(), 0);
        return new RamsExample(docKey, type, trigger, article, args);
    }
}
