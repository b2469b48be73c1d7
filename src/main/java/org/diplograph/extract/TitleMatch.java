package org.diplograph.extract;

/**
 * A title found in the text over tokens {@code [first, end)}: "Deputy Secretary", "prime minister".
 *
 * @param title the title as a post records it ("Deputy General Director")
 * @param role  the office it names, shared by synonyms ("Secretary of State" and "top diplomat": foreign-minister)
 */
record TitleMatch(int first, int end, String title, String role, TitleLexicon.Scope scope) {
}
