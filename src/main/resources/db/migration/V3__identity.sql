CREATE TABLE user_account (
    id            UUID PRIMARY KEY,
    username      VARCHAR(254) NOT NULL UNIQUE,
    display_name  VARCHAR(120) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    ward_code     VARCHAR(9) REFERENCES ward (code),
    verified      BOOLEAN NOT NULL DEFAULT FALSE,
    enabled       BOOLEAN NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT username_is_lower_case CHECK (username = lower(username))
);

CREATE TABLE user_account_role (
    user_id UUID NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role    VARCHAR(20) NOT NULL
        CHECK (role IN ('RESIDENT', 'APPLICANT', 'FACILITATOR', 'PANEL', 'GOVERNANCE', 'ADMIN')),
    PRIMARY KEY (user_id, role)
);
