package org.communityjourneys.chest.domain;

public enum GrantStatus {
    OPEN, APPLIED, APPROVED, DECLINED, AGREED, WITHDRAWN, PAID
}
