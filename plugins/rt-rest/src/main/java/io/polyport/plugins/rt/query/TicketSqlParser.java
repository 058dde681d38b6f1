package io.polyport.plugins.rt.query;

import io.polyport.plugins.rt.query.TicketSql.Condition;
import io.polyport.plugins.rt.query.TicketSql.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses TicketSQL, RT's query language: {@code field op value} conditions ({@code = != <> < <= > >= LIKE
 * NOT LIKE IS NULL IS NOT NULL}), {@code AND}, {@code OR} and parentheses; values and field names may be quoted
 * with {@code '} or {@code "}. A recursive descent over a token list, linear in the query's length; nesting is
 * bounded so a hostile query cannot exhaust the stack.
 */
public final class TicketSqlParser {
    private static final int MAX_DEPTH = 32;
    private static final int MAX_TOKENS = 2000;

    private final List<Token> tokens;
    private int next;

    private record Token(String text, boolean quoted) {
        boolean is(String word) {
            return !quoted && text.equalsIgnoreCase(word);
        }
    }

    private TicketSqlParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /**
     * Parses {@code text}.
     *
     * @throws InvalidQueryException with a plain message naming what is wrong
     */
    public static TicketSql parse(String text) {
        TicketSqlParser parser = new TicketSqlParser(tokenize(text));
        if (parser.tokens.isEmpty()) {
            throw new InvalidQueryException("the query is empty");
        }
        TicketSql expression = parser.or(0);
        if (parser.next < parser.tokens.size()) {
            throw new InvalidQueryException("unexpected '" + parser.tokens.get(parser.next).text() + "'");
        }
        return expression;
    }

    private TicketSql or(int depth) {
        List<TicketSql> parts = new ArrayList<>();
        parts.add(and(depth));
        while (peekIs("OR")) {
            next++;
            parts.add(and(depth));
        }
        return parts.size() == 1 ? parts.get(0) : new TicketSql.Or(parts);
    }

    private TicketSql and(int depth) {
        List<TicketSql> parts = new ArrayList<>();
        parts.add(primary(depth));
        while (peekIs("AND")) {
            next++;
            parts.add(primary(depth));
        }
        return parts.size() == 1 ? parts.get(0) : new TicketSql.And(parts);
    }

    private TicketSql primary(int depth) {
        if (peekIs("(")) {
            if (depth >= MAX_DEPTH) {
                throw new InvalidQueryException("parentheses nested too deeply");
            }
            next++;
            TicketSql inner = or(depth + 1);
            if (!peekIs(")")) {
                throw new InvalidQueryException("a parenthesis is not closed");
            }
            next++;
            return inner;
        }
        Token field = take("a field name");
        if (!field.quoted() && (field.is(")") || field.is("AND") || field.is("OR"))) {
            throw new InvalidQueryException("a field name is missing before '" + field.text() + "'");
        }
        Operator operator = operator();
        if (operator == Operator.IS_NULL || operator == Operator.IS_NOT_NULL) {
            return new Condition(field.text(), operator, "");
        }
        Token value = take("a value after '" + field.text() + "'");
        if (!value.quoted() && (value.is(")") || value.is("(") || value.is("AND") || value.is("OR"))) {
            throw new InvalidQueryException("the value after '" + field.text() + "' is missing");
        }
        return new Condition(field.text(), operator, value.text());
    }

    private Operator operator() {
        Token token = take("an operator");
        String op = token.text().toUpperCase(Locale.ROOT);
        if (token.quoted()) {
            throw new InvalidQueryException("'" + token.text() + "' is not an operator");
        }
        switch (op) {
            case "=":
                return Operator.EQUALS;
            case "!=":
            case "<>":
                return Operator.NOT_EQUALS;
            case "<":
                return Operator.LESS;
            case "<=":
                return Operator.LESS_OR_EQUAL;
            case ">":
                return Operator.GREATER;
            case ">=":
                return Operator.GREATER_OR_EQUAL;
            case "LIKE":
                return Operator.LIKE;
            case "NOT":
                if (!peekIs("LIKE")) {
                    throw new InvalidQueryException("NOT must be followed by LIKE");
                }
                next++;
                return Operator.NOT_LIKE;
            case "IS":
                boolean negated = peekIs("NOT");
                if (negated) {
                    next++;
                }
                if (!peekIs("NULL")) {
                    throw new InvalidQueryException("IS must be followed by NULL or NOT NULL");
                }
                next++;
                return negated ? Operator.IS_NOT_NULL : Operator.IS_NULL;
            default:
                throw new InvalidQueryException("'" + token.text() + "' is not an operator");
        }
    }

    private boolean peekIs(String word) {
        return next < tokens.size() && tokens.get(next).is(word);
    }

    private Token take(String what) {
        if (next >= tokens.size()) {
            throw new InvalidQueryException("the query ends where " + what + " was expected");
        }
        return tokens.get(next++);
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (tokens.size() > MAX_TOKENS) {
                throw new InvalidQueryException("the query is too long");
            }
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(String.valueOf(c), false));
                i++;
            } else if (c == '\'' || c == '"') {
                StringBuilder value = new StringBuilder();
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != c) {
                    if (text.charAt(j) == '\\' && j + 1 < text.length()) {
                        j++;
                    }
                    value.append(text.charAt(j++));
                }
                if (j >= text.length()) {
                    throw new InvalidQueryException("a quoted value is not closed");
                }
                tokens.add(new Token(value.toString(), true));
                i = j + 1;
            } else if ("=!<>".indexOf(c) >= 0) {
                int j = i + 1;
                if (j < text.length() && "=>".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                tokens.add(new Token(text.substring(i, j), false));
                i = j;
            } else {
                int j = i;
                while (j < text.length() && !Character.isWhitespace(text.charAt(j))
                        && "()'\"=!<>".indexOf(text.charAt(j)) < 0) {
                    j = text.charAt(j) == '{' ? closingBrace(text, j) : j + 1;
                }
                tokens.add(new Token(text.substring(i, j), false));
                i = j;
            }
        }
        return tokens;
    }

    /** After {@code CF.{...}}: a brace group may hold spaces. */
    private static int closingBrace(String text, int open) {
        int close = text.indexOf('}', open);
        if (close < 0) {
            throw new InvalidQueryException("a custom field name is not closed with }");
        }
        return close + 1;
    }
}
