package org.diplograph.extract.people;

/**
 * A title found in the text over tokens {@code [first, end)}: "Deputy Secretary", "prime minister".
 *
 * @param title the title as a post records it ("Deputy General Director")
 * @param role  the office it names, shared by synonyms, with its modifiers ("prime minister" and "premier":
 *              head-of-government/prime-minister; "deputy prime minister": deputy head-of-government/prime-minister)
 * @param country the one country whose office the title names ("Taoiseach": IE; data/titles.tsv), or null
 */
record TitleMatch(int first, int end, String title, String role, TitleLexicon.Scope scope, String country) {
    /**
     * Whether this title, used without a name, can stand for the holder of {@code post}: the same office (its
     * synonyms and modifiers included), or a general designation of the post's office family ("top diplomat"
     * for "Secretary of State"; see data/titles.tsv).
     */
    boolean standsFor(TitleMatch post) {
        return role.equals(post.role()) || post.role().startsWith(role + "/") || opens(post);
    }

    /**
     * "the Secretary" for the "Secretary of State", "the Deputy Secretary" for the "Deputy Secretary of State": the
     * bare title that opens the post's "… of …" title, as releases name their principal after the first mention.
     */
    private boolean opens(TitleMatch post) {
        String held = post.title().toLowerCase(java.util.Locale.ROOT), bare = title.toLowerCase(java.util.Locale.ROOT);
        return held.startsWith(bare + " of ");
    }

    /**
     * Whether this title is the head word of {@code post}'s title, held without modifiers: "minister" of "Foreign
     * Minister", not "president" of "Vice President". Only with the country named and one such holder in the article
     * does it stand for them ("the Moldovan minister" for Foreign Minister Nicu Popescu).
     */
    boolean headOf(TitleMatch post) {
        String head = post.title().substring(post.title().lastIndexOf(' ') + 1);
        return post.role().indexOf(' ') < 0 && head.equalsIgnoreCase(title);
    }
}
