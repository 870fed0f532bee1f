package org.communityjourneys.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A postcode and the ward it lies in (reference data seeded by migration V30). */
@Entity
@Table(name = "postcode")
public class Postcode {

    @Id
    @Column(name = "postcode", length = 8)
    private String code;

    @Column(name = "ward_code", nullable = false, length = 9)
    private String wardCode;

    protected Postcode() {
    }

    public String getCode() {
        return code;
    }

    public String getWardCode() {
        return wardCode;
    }
}
