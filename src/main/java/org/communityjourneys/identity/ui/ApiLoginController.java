package org.communityjourneys.identity.ui;

import java.util.Map;
import org.communityjourneys.identity.service.ApiTokens;
import org.communityjourneys.identity.service.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/login} with HTTP Basic (the same password check and attempt limits as the
 * login page) answers a short-lived token for the HTTP API: {@code {"token": "...",
 * "validForSeconds": 1800}}.
 */
@RestController
class ApiLoginController {

    private final ApiTokens tokens;
    private final CurrentUser currentUser;

    ApiLoginController(ApiTokens tokens, CurrentUser currentUser) {
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    @PostMapping(path = "/api/login", produces = "application/json")
    ResponseEntity<Map<String, Object>> login() {
        String token = tokens.issue(currentUser.require());
        return ResponseEntity.ok(Map.of("token", token, "validForSeconds", tokens.validFor().toSeconds()));
    }
}
