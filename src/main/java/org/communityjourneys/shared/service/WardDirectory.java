package org.communityjourneys.shared.service;

import java.util.List;
import java.util.Optional;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.domain.WardRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The county's wards (reference data seeded by migration V2). */
@Service
@Transactional(readOnly = true)
public class WardDirectory {

    private final WardRepository wards;

    WardDirectory(WardRepository wards) {
        this.wards = wards;
    }

    public List<Ward> all() {
        return wards.findAllByOrderByNameAsc();
    }

    public Optional<Ward> find(String code) {
        return wards.findById(code);
    }

    public boolean exists(String code) {
        return code != null && wards.existsById(code);
    }
}
