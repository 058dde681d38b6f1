package io.polyport.server.storage.transfer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Column values across databases that store them differently: SQLite keeps booleans as 0 and 1 and returns
 * integers as {@code Integer} or {@code Long} by size, PostgreSQL has {@code boolean}, {@code integer} and
 * {@code bigint}. Values are bound by the target column's type and compared in one canonical form.
 */
final class ColumnValues {
    private ColumnValues() {
    }

    /** Binds {@code value}, read from the source, to a parameter for a target column of {@code type}. */
    static void bind(PreparedStatement statement, int index, Object value, int type) throws SQLException {
        if (value == null) {
            statement.setNull(index, type);
        } else if (type == Types.BOOLEAN || type == Types.BIT) {
            statement.setBoolean(index, integer(value) != 0);
        } else if (type == Types.TINYINT || type == Types.SMALLINT || type == Types.INTEGER || type == Types.BIGINT) {
            statement.setLong(index, integer(value));
        } else if (type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY
                || type == Types.BLOB) {
            statement.setBytes(index, (byte[]) value);
        } else {
            statement.setObject(index, value);
        }
    }

    /**
     * The canonical bytes of {@code value} for checksums: a tag and the value, so that a boolean and the integer
     * SQLite stores for it, or an {@code Integer} and a {@code Long}, give the same bytes, and null, the empty
     * string and an empty byte array all differ.
     */
    static byte[] canonical(Object value) {
        if (value == null) {
            return new byte[] {'n'};
        }
        if (value instanceof byte[] bytes) {
            return tagged('x', bytes);
        }
        if (value instanceof Boolean || value instanceof Byte || value instanceof Short || value instanceof Integer
                || value instanceof Long || value instanceof BigInteger
                || value instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0) {
            return tagged('i', Long.toString(integer(value)).getBytes(StandardCharsets.US_ASCII));
        }
        if (value instanceof Number number) {
            return tagged('f', Double.toString(number.doubleValue()).getBytes(StandardCharsets.US_ASCII));
        }
        return tagged('s', value.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static long integer(Object value) {
        if (value instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.longValueExact();
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        String text = value.toString();
        return switch (text) {
            case "true" -> 1;
            case "false" -> 0;
            default -> Long.parseLong(text);
        };
    }

    /** The tag, the length as four bytes, and the bytes. */
    private static byte[] tagged(char tag, byte[] bytes) {
        byte[] result = new byte[5 + bytes.length];
        result[0] = (byte) tag;
        result[1] = (byte) (bytes.length >>> 24);
        result[2] = (byte) (bytes.length >>> 16);
        result[3] = (byte) (bytes.length >>> 8);
        result[4] = (byte) bytes.length;
        System.arraycopy(bytes, 0, result, 5, bytes.length);
        return result;
    }
}
