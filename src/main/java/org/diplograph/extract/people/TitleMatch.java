package org.diplograph.extract.people;

/**
 * A title found in the text over tokens {@code [first, end)}: "Deputy Secretary", "prime minister".
 *
 * @param title the title as a post records it ("Deputy General Director")
 * @param role  the office it names, shared by synonyms, with its modifiers ("prime minister" and "premier":
 *              head-of-government/prime-minister; "deputy prime minister": deputy head-of-government/prime-minister)
 */
record TitleMatch(int first, int end, String title, String role, TitleLexicon.Scope scope) {
    /**
     * Whether this title, used without a name, can stand for the holder of {@code post}: the same office (its
     * synonyms and modifiers included), or a general designation of the post's office family ("top diplomat"
     * for "Secretary of State"; see data/titles.tsv).
     */
    boolean standsFor(TitleMatch post) {
        return role.equals(post.role()) || post.role().startsWith(role + "/");
    }
}
