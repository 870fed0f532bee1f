package org.communityjourneys.voting.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.communityjourneys.voting.domain.BallotChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The ballot box of a vote (docs/ballot-secrecy.md). While the vote is open it takes sealed
 * ballots: content and receipt hash encrypted with the vote's data key, stored with a keyed
 * receipt tag, in the caster's transaction. When the vote closes it mixes them, in the closing
 * transaction: opens every sealed ballot, writes the plain ballots in a random order with random
 * ids and no time, and deletes the sealed rows and the vote's key. Until the count is certified a
 * paper entry can be found by its paper ballot number, through tags keyed with the vote's keys
 * (for the second facilitator's check and for voiding a wrong entry); certification forgets them.
 * Called by the voting services only, inside their transactions; the caller holds the vote
 * window's row lock (shared while casting, exclusive while closing or voiding), so no ballot is
 * sealed after its vote was mixed.
 */
@Component
class BallotBox {

    private static final Logger log = LoggerFactory.getLogger(BallotBox.class);
    private static final String RECEIPT_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int RECEIPT_LENGTH = 12;

    /** Where a receipt's ballot is. */
    enum Holding {
        NOWHERE,
        SEALED,
        MIXED
    }

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final BallotSeal seal;
    private final SecureRandom random = new SecureRandom();

    BallotBox(JdbcTemplate jdbc, DataSource dataSource, BallotSeal seal) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.seal = seal;
    }

    /** Makes the vote's data key and check key, once (opening a vote again keeps the first keys). */
    void prepare(UUID journeyId) {
        jdbc.update("insert into ballot_seal_key (journey_id, wrapped_key) values (?, ?) on conflict do nothing",
                journeyId, seal.newWrappedVoteKey(journeyId));
        jdbc.update("insert into ballot_check_key (journey_id, wrapped_key) values (?, ?) on conflict do nothing",
                journeyId, seal.newWrappedCheckKey(journeyId));
    }

    /**
     * Seals the ballot into the box and returns its receipt code (shown once to the voter; only its
     * hash is inside the seal). A vote opened before ballots were sealed gets its key now. A paper
     * ballot's number is sealed with it and tagged, so that a wrong entry can be voided.
     */
    String seal(UUID journeyId, BallotChoice choice, String paperNumber, int ideasOnBallot) {
        BallotSeal.VoteKey key = key(journeyId).orElseGet(() -> {
            prepare(journeyId);
            return key(journeyId).orElseThrow();
        });
        String receipt = newReceipt();
        String receiptHash = hash(receipt);
        jdbc.update("insert into sealed_ballot (receipt_tag, journey_id, sealed, paper_tag) values (?, ?, ?, ?)",
                key.tag(receiptHash), journeyId, key.seal(receiptHash, choice.asText(), paperNumber, ideasOnBallot),
                paperNumber == null ? null : key.paperTag(paperNumber));
        return receipt;
    }

    /**
     * Opens every sealed ballot of the vote and stores the plain ballots in a random order, then
     * destroys the seals and the vote's key; returns how many ballots were mixed. After the
     * transaction commits, the two tables are vacuumed so that the dead sealed rows and the
     * wrapped key leave the table files soon (best effort: see docs/ballot-secrecy.md).
     */
    int mix(UUID journeyId) {
        Optional<BallotSeal.VoteKey> key = key(journeyId);
        if (key.isEmpty()) {
            return 0;
        }
        List<BallotSeal.Opened> opened = new ArrayList<>();
        for (byte[] sealed : jdbc.queryForList("select sealed from sealed_ballot where journey_id = ?", byte[].class, journeyId)) {
            opened.add(key.get().open(sealed));
        }
        Collections.shuffle(opened, random);
        BallotSeal.CheckKey checkKey = checkKey(journeyId);
        List<Object[]> rows = new ArrayList<>(opened.size());
        for (BallotSeal.Opened ballot : opened) {
            // an online ballot's check tag is random, so the mixed ballots do not say which came on paper
            String checkTag = ballot.paperNumber() == null ? randomTag() : checkKey.tag(ballot.paperNumber());
            rows.add(new Object[] {UUID.randomUUID(), journeyId, ballot.content(), ballot.receiptHash(), checkTag});
        }
        jdbc.batchUpdate("insert into ballot (id, journey_id, content, receipt_hash, check_tag) values (?, ?, ?, ?, ?)", rows);
        int destroyed = jdbc.update("delete from sealed_ballot where journey_id = ?", journeyId);
        if (destroyed != opened.size()) {
            throw new IllegalStateException("The sealed ballots changed while they were mixed.");
        }
        jdbc.update("delete from ballot_seal_key where journey_id = ?", journeyId);
        vacuumAfterCommit("sealed_ballot, ballot_seal_key");
        log.info("Mixed {} sealed ballots of journey {}", opened.size(), journeyId);
        return opened.size();
    }

    /**
     * Adds a corrected paper entry to a closed vote's mixed ballots and mixes them all again, in
     * the caller's transaction: every ballot row is written anew in a random order with new ids,
     * so the new one shares its transaction and its place with every other.
     */
    void addToMixed(UUID journeyId, BallotChoice choice, String paperNumber) {
        List<Object[]> rows = new ArrayList<>(jdbc.query("select content, receipt_hash, check_tag from ballot where journey_id = ?",
                (row, index) -> new Object[] {row.getString(1), row.getString(2), row.getString(3)}, journeyId));
        rows.add(new Object[] {choice.asText(), hash(newReceipt()), checkKey(journeyId).tag(paperNumber)});
        Collections.shuffle(rows, random);
        jdbc.update("delete from ballot where journey_id = ?", journeyId);
        jdbc.batchUpdate("insert into ballot (id, journey_id, content, receipt_hash, check_tag) values (?, ?, ?, ?, ?)",
                rows.stream().map(row -> new Object[] {UUID.randomUUID(), journeyId, row[0], row[1], row[2]}).toList());
        vacuumAfterCommit("ballot");
    }

    /** Where the ballot with this receipt code is: sealed in an open vote, mixed, or nowhere. */
    Holding find(UUID journeyId, String receipt) {
        if (receipt == null || receipt.isBlank()) {
            return Holding.NOWHERE;
        }
        String receiptHash = hash(receipt);
        Long mixed = jdbc.queryForObject("select count(*) from ballot where journey_id = ? and receipt_hash = ?",
                Long.class, journeyId, receiptHash);
        if (mixed != null && mixed > 0) {
            return Holding.MIXED;
        }
        Optional<BallotSeal.VoteKey> key = key(journeyId);
        if (key.isPresent()) {
            Long sealed = jdbc.queryForObject("select count(*) from sealed_ballot where journey_id = ? and receipt_tag = ?",
                    Long.class, journeyId, key.get().tag(receiptHash));
            if (sealed != null && sealed > 0) {
                return Holding.SEALED;
            }
        }
        return Holding.NOWHERE;
    }

    /** What the paper entry with this number says (its ballot's content), until certification. */
    Optional<BallotChoice> paperEntry(UUID journeyId, String paperNumber) {
        Optional<BallotSeal.VoteKey> key = key(journeyId);
        if (key.isPresent()) {
            return jdbc.queryForList("select sealed from sealed_ballot where journey_id = ? and paper_tag = ?", byte[].class,
                    journeyId, key.get().paperTag(paperNumber)).stream().findFirst()
                    .map(sealed -> BallotChoice.parse(key.get().open(sealed).content()));
        }
        return storedCheckKey(journeyId).flatMap(checkKey -> jdbc.queryForList(
                "select content from ballot where journey_id = ? and check_tag = ?", String.class, journeyId,
                checkKey.tag(paperNumber)).stream().findFirst()).map(BallotChoice::parse);
    }

    /** Takes the paper entry with this number out of the box; false when there is none to take out. */
    boolean takeOutPaperEntry(UUID journeyId, String paperNumber) {
        Optional<BallotSeal.VoteKey> key = key(journeyId);
        if (key.isPresent()) {
            return jdbc.update("delete from sealed_ballot where journey_id = ? and paper_tag = ?", journeyId,
                    key.get().paperTag(paperNumber)) == 1;
        }
        return storedCheckKey(journeyId).map(checkKey -> jdbc.update("delete from ballot where journey_id = ? and check_tag = ?",
                journeyId, checkKey.tag(paperNumber)) == 1).orElse(false);
    }

    /**
     * At certification: the mixed ballots stop carrying check tags and the vote's check key is
     * destroyed, so no paper ballot number leads to a ballot any more.
     */
    void forgetPaperNumbers(UUID journeyId) {
        jdbc.update("update ballot set check_tag = null where journey_id = ? and check_tag is not null", journeyId);
        if (jdbc.update("delete from ballot_check_key where journey_id = ?", journeyId) > 0) {
            vacuumAfterCommit("ballot, ballot_check_key");
        }
    }

    private BallotSeal.CheckKey checkKey(UUID journeyId) {
        return storedCheckKey(journeyId).orElseGet(() -> {
            // a vote opened before paper entries were checked has no check key yet
            jdbc.update("insert into ballot_check_key (journey_id, wrapped_key) values (?, ?) on conflict do nothing",
                    journeyId, seal.newWrappedCheckKey(journeyId));
            return storedCheckKey(journeyId).orElseThrow();
        });
    }

    private Optional<BallotSeal.CheckKey> storedCheckKey(UUID journeyId) {
        return jdbc.queryForList("select wrapped_key from ballot_check_key where journey_id = ?", byte[].class, journeyId)
                .stream().findFirst().map(wrapped -> seal.unwrapCheckKey(journeyId, wrapped));
    }

    private String randomTag() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private Optional<BallotSeal.VoteKey> key(UUID journeyId) {
        return jdbc.queryForList("select wrapped_key from ballot_seal_key where journey_id = ?", byte[].class, journeyId)
                .stream().findFirst().map(wrapped -> seal.unwrap(journeyId, wrapped));
    }

    private void vacuumAfterCommit(String tables) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    vacuum(tables);
                }
            });
        }
    }

    /** Vacuums the named tables (from the code, never from input), so that dead rows leave the files soon. */
    private void vacuum(String tables) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("vacuum " + tables);
        } catch (Exception e) {
            log.warn("Could not vacuum {}: {}", tables, e.getMessage());
        }
    }

    private String newReceipt() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < RECEIPT_LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(RECEIPT_ALPHABET.charAt(random.nextInt(RECEIPT_ALPHABET.length())));
        }
        return code.toString();
    }

    /** SHA-256 of the code, ignoring case, spaces and dashes. */
    static String hash(String receipt) {
        String normal = receipt.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
