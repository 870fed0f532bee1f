package org.communityjourneys.identity.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link TokenSignInRows} with plain JDBC. */
class TokenSignInRowsImpl implements TokenSignInRows {

    private static final String QUERY = """
            select a.username, a.enabled, a.paper_only, a.verified, a.ward_code, a.age_band,
                   coalesce(paper.username, online.username),
                   (select string_agg(r.role, ',') from user_account_role r where r.user_id = a.id)
            from user_account a
            left join user_account paper on paper.id = a.paper_twin
            left join user_account online on online.paper_twin = a.id
            where a.username = ?""";

    private final JdbcTemplate jdbc;

    TokenSignInRowsImpl(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<TokenSignInRow> findForTokenSignIn(String username) {
        List<TokenSignInRow> rows = jdbc.query(QUERY, (row, index) -> new TokenSignInRow(row.getString(1), row.getBoolean(2),
                row.getBoolean(3), row.getBoolean(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8)),
                username);
        return rows.stream().findFirst();
    }
}
