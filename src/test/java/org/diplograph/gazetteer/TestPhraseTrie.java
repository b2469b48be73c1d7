package org.diplograph.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TestPhraseTrie {
    private static List<String> countries(String text) {
        PhraseTrie<String> trie = new PhraseTrie<>();
        for (SurfaceForm f : CountryTable.standard().surfaceForms())
            trie.add(f.text(), f.country().iso2());
        return trie.findAll(text).stream().map(m -> m.entry().value()).toList();
    }

    @Test
    void typographicApostrophesAreApostrophes() {
        // US government releases write the curly apostrophe; "Republic of China" alone is Taiwan.
        assertEquals(List.of("CN"), countries("Foreign Minister Wang Yi of the People’s Republic of China met him."));
        assertEquals(List.of("CN"), countries("Foreign Minister Wang Yi of the People's Republic of China met him."));
        assertEquals(List.of("KP"), countries("the Democratic People’s Republic of Korea launched"));
        assertEquals(List.of("TW"), countries("President Tsai of the Republic of China said"));
        assertEquals(List.of("RU"), countries("Russia’s invasion"));
    }
}
