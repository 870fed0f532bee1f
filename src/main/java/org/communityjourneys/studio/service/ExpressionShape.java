// Over 400 lines: the whole checker (tokenizer, grammar, refusals; their words are in studio.properties) is read and reviewed in one place.
package org.communityjourneys.studio.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.communityjourneys.studio.domain.ModelProblem.Phrase;

/**
 * Allows a JUEL expression in a model only when it has one of a few known shapes; everything else
 * is refused. The check reads each {@code ${...}} or {@code #{...}} in a text with its own small
 * tokenizer and a recursive-descent parser of this grammar:
 *
 * <pre>
 * expression := or ( '?' expression ':' expression )?
 * or         := and ( ('||' | 'or') and )*
 * and        := equality ( ('&amp;&amp;' | 'and') equality )*
 * equality   := relation ( ('==' | '!=' | 'eq' | 'ne') relation )*
 * relation   := sum ( ('&lt;' | '&gt;' | '&lt;=' | '&gt;=' | 'lt' | 'gt' | 'le' | 'ge') sum )*
 * sum        := product ( ('+' | '-') product )*
 * product    := unary ( ('*' | '/' | 'div' | '%' | 'mod') unary )*
 * unary      := ('-' | '!' | 'not' | 'empty') unary | primary
 * primary    := number | string | 'true' | 'false' | 'null' | '(' expression ')'
 *             | variable                                   (a name that is not an application bean)
 *             | 'execution' '.' ('getVariable' | 'setVariable') '(' string (',' expression)? ')'
 *             | bean '.' method '(' arguments? ')'         (only the pairs in {@link #BEAN_METHODS})
 * </pre>
 *
 * So there is no property or method access on anything else, no brackets, no functions, no
 * lambdas, no assignment and no nested expressions. Delegate beans ({@code ${bean}} in
 * {@code camunda:delegateExpression}) are checked by the validator, not here.
 */
final class ExpressionShape {

    /** The application beans an expression may call, each with the methods it may call on it (what the seed models use). */
    static final Map<String, Set<String>> BEAN_METHODS = Map.of("journeyStage", Set.of("moveTo"));

    /** The methods an expression may call on the execution: reading and writing its own variables. */
    static final Set<String> EXECUTION_METHODS = Set.of("getVariable", "setVariable");

    static final String SHAPE_NOT_ALLOWED = "expression.shape-not-allowed";
    static final String BEAN_NOT_ALLOWED = "expression.bean-not-allowed";

    private static final Set<String> RESERVED = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
            "true", "false", "null", "empty", "div", "mod", "instanceof");
    private static final int MAX_LENGTH = 2000;
    private static final int MAX_DEPTH = 40;

    /** Why one expression in a text is refused: the rule and the reason, worded for any language. */
    record Refusal(String expression, String rule, Phrase reason) {
    }

    private final Predicate<String> isApplicationBean;

    /** @param isApplicationBean whether a name is a bean of the application (which a variable may not be) */
    ExpressionShape(Predicate<String> isApplicationBean) {
        this.isApplicationBean = isApplicationBean;
    }

    /** The refusals for every expression in a text (an attribute value or an element's text); empty when all are allowed. */
    List<Refusal> check(String text) {
        List<Refusal> refusals = new ArrayList<>();
        int from = 0;
        while (true) {
            int start = nextStart(text, from);
            if (start < 0) {
                return refusals;
            }
            int end;
            try {
                end = endOf(text, start + 2);
            } catch (Refused refused) {
                String expression = text.substring(start);
                refusals.add(new Refusal(expression, refused.rule, refused.reason));
                return refusals;
            }
            String expression = text.substring(start, end + 1);
            try {
                if (expression.length() > MAX_LENGTH) {
                    throw Refused.shape("studio.expression.tooLong", String.valueOf(MAX_LENGTH));
                }
                new Parser(tokens(text.substring(start + 2, end))).whole();
            } catch (Refused refused) {
                refusals.add(new Refusal(expression, refused.rule, refused.reason));
            }
            from = end + 1;
        }
    }

    private static int nextStart(String text, int from) {
        for (int i = from; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c == '$' || c == '#') && text.charAt(i + 1) == '{') {
                return i;
            }
        }
        return -1;
    }

    /** The index of the closing brace of the expression whose body starts at {@code from}, skipping string literals. */
    private static int endOf(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = stringEnd(text, i) + 1;
            } else if (c == '}') {
                return i;
            } else {
                i++;
            }
        }
        throw Refused.shape("studio.expression.notClosed");
    }

    private static int stringEnd(String text, int open) {
        char quote = text.charAt(open);
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        throw Refused.shape("studio.expression.stringNotClosed");
    }

    // ---- tokens ----

    private enum Kind { NUMBER, STRING, NAME, SYMBOL }

    private record Token(Kind kind, String text) {
        boolean is(String symbol) {
            return (kind == Kind.SYMBOL || kind == Kind.NAME) && text.equals(symbol);
        }
    }

    private static final List<String> SYMBOLS = List.of("==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "+", "-", "*", "/", "%",
            "?", ":", "(", ")", ",", ".");

    private static List<Token> tokens(String body) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                int end = stringEnd(body, i);
                tokens.add(new Token(Kind.STRING, body.substring(i, end + 1)));
                i = end + 1;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < body.length() && Character.isDigit(body.charAt(i + 1)))) {
                int end = numberEnd(body, i);
                tokens.add(new Token(Kind.NUMBER, body.substring(i, end)));
                i = end;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i + 1;
                while (end < body.length() && Character.isJavaIdentifierPart(body.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(Kind.NAME, body.substring(i, end)));
                i = end;
            } else {
                refuseForbiddenSymbol(body, i);
                String found = null;
                for (String candidate : SYMBOLS) {
                    if (body.startsWith(candidate, i)) {
                        found = candidate;
                        break;
                    }
                }
                if (found == null) {
                    throw Refused.shape("studio.expression.character", String.valueOf(c));
                }
                tokens.add(new Token(Kind.SYMBOL, found));
                i += found.length();
            }
        }
        return tokens;
    }

    private static void refuseForbiddenSymbol(String body, int i) {
        if (body.startsWith("->", i)) {
            throw Refused.shape("studio.expression.lambda");
        }
        if (body.startsWith("+=", i)) {
            throw Refused.shape("studio.expression.concatenates");
        }
        char c = body.charAt(i);
        if (c == '[' || c == ']') {
            throw Refused.shape("studio.expression.brackets");
        }
        if (c == ';') {
            throw Refused.shape("studio.expression.chains");
        }
        if (c == '=' && !body.startsWith("==", i)) {
            throw Refused.shape("studio.expression.assigns");
        }
        if (c == '{' || c == '$' || c == '#') {
            throw Refused.shape("studio.expression.nests", String.valueOf(c));
        }
    }

    private static int numberEnd(String body, int start) {
        int i = start;
        while (i < body.length() && Character.isDigit(body.charAt(i))) {
            i++;
        }
        if (i < body.length() && body.charAt(i) == '.') {
            i++;
            while (i < body.length() && Character.isDigit(body.charAt(i))) {
                i++;
            }
        }
        if (i < body.length() && (body.charAt(i) == 'e' || body.charAt(i) == 'E')) {
            int exponent = i + 1;
            if (exponent < body.length() && (body.charAt(exponent) == '+' || body.charAt(exponent) == '-')) {
                exponent++;
            }
            if (exponent < body.length() && Character.isDigit(body.charAt(exponent))) {
                i = exponent;
                while (i < body.length() && Character.isDigit(body.charAt(i))) {
                    i++;
                }
            }
        }
        if (i < body.length() && Character.isJavaIdentifierPart(body.charAt(i))) {
            throw Refused.shape("studio.expression.malformedNumber");
        }
        return i;
    }

    // ---- grammar ----

    private final class Parser {

        private final List<Token> tokens;
        private int position;
        private int depth;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        void whole() {
            if (tokens.isEmpty()) {
                throw Refused.shape("studio.expression.empty");
            }
            expression();
            if (position < tokens.size()) {
                throw Refused.shape("studio.expression.continues", peek().text());
            }
        }

        private void expression() {
            if (++depth > MAX_DEPTH) {
                throw Refused.shape("studio.expression.tooDeep");
            }
            binary(0);
            if (accept("?")) {
                expression();
                expect(":");
                expression();
            }
            depth--;
        }

        private static final List<List<String>> LEVELS = List.of(
                List.of("||", "or"), List.of("&&", "and"), List.of("==", "!=", "eq", "ne"),
                List.of("<", ">", "<=", ">=", "lt", "gt", "le", "ge"), List.of("+", "-"), List.of("*", "/", "div", "%", "mod"));

        private void binary(int level) {
            if (level == LEVELS.size()) {
                unary();
                return;
            }
            binary(level + 1);
            while (peek() != null && LEVELS.get(level).stream().anyMatch(peek()::is)) {
                position++;
                binary(level + 1);
            }
        }

        private void unary() {
            if (accept("-") || accept("!") || accept("not") || accept("empty")) {
                if (++depth > MAX_DEPTH) {
                    throw Refused.shape("studio.expression.tooDeep");
                }
                unary();
                depth--;
                return;
            }
            primary();
        }

        private void primary() {
            Token token = next(Phrase.of("studio.expression.wanted.value"));
            switch (token.kind()) {
                case NUMBER, STRING -> {
                    return;
                }
                case SYMBOL -> {
                    if (token.is("(")) {
                        expression();
                        expect(")");
                        return;
                    }
                    throw Refused.shape("studio.expression.symbolForValue", token.text());
                }
                case NAME -> name(token.text());
            }
        }

        private void name(String name) {
            if (Set.of("true", "false", "null").contains(name)) {
                return;
            }
            if (RESERVED.contains(name)) {
                throw Refused.shape("studio.expression.wordForValue", name);
            }
            if (peek() != null && peek().is("(")) {
                throw Refused.shape("studio.expression.function", name);
            }
            boolean bean = BEAN_METHODS.containsKey(name) || isApplicationBean.test(name);
            if (peek() == null || !peek().is(".")) {
                if (bean) {
                    throw BEAN_METHODS.containsKey(name)
                            ? Refused.bean("studio.expression.beanOtherThanCalling", name, String.join(", ", BEAN_METHODS.get(name)))
                            : Refused.bean("studio.expression.beanNotAllowed", name);
                }
                return; // a process variable
            }
            position++;
            Token member = next(Phrase.of("studio.expression.wanted.method", name));
            boolean call = peek() != null && peek().is("(");
            String access = name + "." + member.text() + (call ? "(...)" : "");
            if ("execution".equals(name) && !bean) {
                if (!call || !EXECUTION_METHODS.contains(member.text())) {
                    throw Refused.shape("studio.expression.executionMethod", access);
                }
                executionCall(member.text());
            } else if (bean) {
                Set<String> methods = BEAN_METHODS.get(name);
                if (methods == null) {
                    throw Refused.bean("studio.expression.beanNotAllowed", name);
                }
                if (!call || !methods.contains(member.text())) {
                    throw Refused.bean("studio.expression.beanMethod", access, name, String.join(", ", methods));
                }
                arguments();
            } else {
                throw Refused.shape("studio.expression.variableMember", access);
            }
            if (peek() != null && (peek().is(".") || peek().is("("))) {
                throw Refused.shape("studio.expression.goesOn", access, peek().text());
            }
        }

        private void executionCall(String method) {
            expect("(");
            Token variable = next(Phrase.of("studio.expression.wanted.variable"));
            if (variable.kind() != Kind.STRING) {
                throw Refused.shape("studio.expression.variableName", method, variable.text());
            }
            if ("setVariable".equals(method)) {
                expect(",");
                expression();
            }
            expect(")");
        }

        private void arguments() {
            expect("(");
            if (accept(")")) {
                return;
            }
            do {
                expression();
            } while (accept(","));
            expect(")");
        }

        private Token peek() {
            return position < tokens.size() ? tokens.get(position) : null;
        }

        /** The next token; {@code wanted} (a symbol or a {@link Phrase}) names what belongs there. */
        private Token next(Object wanted) {
            Token token = peek();
            if (token == null) {
                throw Refused.shape("studio.expression.endsWhere", wanted);
            }
            position++;
            return token;
        }

        private boolean accept(String symbol) {
            if (peek() != null && peek().is(symbol) && (peek().kind() == Kind.SYMBOL || RESERVED.contains(symbol))) {
                position++;
                return true;
            }
            return false;
        }

        private void expect(String symbol) {
            Token token = next(symbol);
            if (!token.is(symbol)) {
                throw Refused.shape("studio.expression.hasWhere", token.text(), symbol);
            }
        }
    }

    /** Why the expression being read is refused; carries the rule code and the reason's wording. */
    private static final class Refused extends RuntimeException {

        private final String rule;
        private final transient Phrase reason;

        private Refused(String rule, Phrase reason) {
            super(reason.messageKey(), null, false, false);
            this.rule = rule;
            this.reason = reason;
        }

        /** The expression has a shape the studio does not allow. */
        static Refused shape(String key, Object... arguments) {
            return new Refused(SHAPE_NOT_ALLOWED, Phrase.of(key, arguments));
        }

        /** The expression reaches an application bean the studio does not allow. */
        static Refused bean(String key, Object... arguments) {
            return new Refused(BEAN_NOT_ALLOWED, Phrase.of(key, arguments));
        }
    }
}
