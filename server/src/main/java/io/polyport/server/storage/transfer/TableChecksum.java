package io.polyport.server.storage.transfer;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A table's row count and checksum: the sum, modulo 2^256, of the SHA-256 of each row's canonical values (see
 * {@link ColumnValues#canonical}). A sum does not depend on the order rows are read in, which differs between
 * databases whose text collations differ; any changed, missing or extra row changes it.
 *
 * @param rows the number of rows
 * @param sum  the checksum
 */
public record TableChecksum(long rows, BigInteger sum) {
    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);
    private static final int FETCH_SIZE = 1_000;

    /** Reads every row of {@code table} through {@code connection} (which should not be in auto-commit mode). */
    public static TableChecksum of(Connection connection, CopiedTable table) throws SQLException {
        MessageDigest digest = sha256();
        BigInteger sum = BigInteger.ZERO;
        long rows = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet result = statement.executeQuery(table.selectAll())) {
                int columns = table.columns().size();
                while (result.next()) {
                    for (int column = 1; column <= columns; column++) {
                        digest.update(ColumnValues.canonical(result.getObject(column)));
                    }
                    sum = sum.add(new BigInteger(1, digest.digest()));
                    rows++;
                }
            }
        }
        return new TableChecksum(rows, sum.mod(MODULUS));
    }

    /** The checksum's first 16 hexadecimal digits, for people to compare. */
    public String shortHex() {
        return String.format("%064x", sum).substring(0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
