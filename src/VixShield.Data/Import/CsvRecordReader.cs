using System.Buffers;

namespace VixShield.Data.Import;

/// <summary>
/// Reads comma-separated records one at a time. Fields are spans into a reused buffer, valid until the next
/// <see cref="Read"/>, so numbers are parsed without allocating a string per field.
/// </summary>
/// <remarks>
/// Quoting as in RFC 4180: <c>"a, b"</c>, <c>"say ""hi"""</c> and line breaks inside quotes. Spaces and tabs around
/// an unquoted field are trimmed (OptionsDX separates fields with ", "). Blank lines are skipped.
/// </remarks>
internal sealed class CsvRecordReader
{
    private static readonly SearchValues<char> FieldEnds = SearchValues.Create(",\r\n");
    private static readonly SearchValues<char> LineEndsAndQuote = SearchValues.Create("\r\n\"");

    private readonly TextReader _text;
    private char[] _buffer;
    private int _start, _end;
    private bool _endOfText;
    private int _nextLine = 1;

    // Field i is _buffer[_fieldStart[i] ..] when _fieldStart[i] >= 0, else the unquoted copy at _unquoted[~_fieldStart[i] ..].
    private int[] _fieldStart = new int[64];
    private int[] _fieldLength = new int[64];
    private char[] _unquoted = new char[256];
    private int _unquotedLength;

    public CsvRecordReader(TextReader text, int bufferSize = 1 << 16)
    {
        _text = text;
        _buffer = new char[Math.Max(bufferSize, 16)];
    }

    public int FieldCount { get; private set; }

    /// <summary>The 1-based line on which the current record starts.</summary>
    public int LineNumber { get; private set; }

    public ReadOnlySpan<char> this[int field]
    {
        get
        {
            int start = _fieldStart[field];
            return start >= 0
                ? _buffer.AsSpan(start, _fieldLength[field])
                : _unquoted.AsSpan(~start, _fieldLength[field]);
        }
    }

    /// <summary>Moves to the next non-blank record; false at the end of the text.</summary>
    public bool Read()
    {
        while (true)
        {
            if (_start == _end && _endOfText)
                return false;
            if (!TryParseRecord(out int next, out int lineBreaks))
            {
                Fill();
                continue;
            }

            LineNumber = _nextLine;
            _nextLine += lineBreaks;
            _start = next;
            if (FieldCount == 1 && _fieldStart[0] >= 0 && _fieldLength[0] == 0)
                continue;
            return true;
        }
    }

    /// <summary>Parses the record at <see cref="_start"/>; false when the buffer ends before the record does.</summary>
    private bool TryParseRecord(out int next, out int lineBreaks)
    {
        next = lineBreaks = 0;
        int stop = _buffer.AsSpan(_start, _end - _start).IndexOfAny(LineEndsAndQuote);
        if (stop < 0 && !_endOfText)
            return false;
        return stop >= 0 && _buffer[_start + stop] == '"'
            ? TryParseQuotedRecord(out next, out lineBreaks)
            : TryParsePlainRecord(stop < 0 ? _end : _start + stop, out next, out lineBreaks);
    }

    /// <summary>The common case, a record without quotes ending at <paramref name="lineEnd"/>: split it on commas.</summary>
    private bool TryParsePlainRecord(int lineEnd, out int next, out int lineBreaks)
    {
        char[] buffer = _buffer;
        int fields = 0, fieldStart = _start;
        for (int i = _start; i < lineEnd; i++)
        {
            if (buffer[i] == ',')
            {
                SetTrimmedField(fields++, fieldStart, i);
                fieldStart = i + 1;
            }
        }

        SetTrimmedField(fields++, fieldStart, lineEnd);
        return TryEndRecord(lineEnd, fields, 0, out next, out lineBreaks);
    }

    /// <summary>A record with at least one quote: field by field, quoted fields copied out unescaped.</summary>
    private bool TryParseQuotedRecord(out int next, out int lineBreaks)
    {
        char[] buffer = _buffer;
        int end = _end, pos = _start, fields = 0, breaks = 0;
        _unquotedLength = 0;
        next = lineBreaks = 0;
        while (true)
        {
            int p = pos;
            while (p < end && buffer[p] is ' ' or '\t') p++;
            if (p < end && buffer[p] == '"')
            {
                if (!TryParseQuoted(p + 1, fields, ref breaks, out p))
                    return false;
            }
            else
            {
                int length = buffer.AsSpan(pos, end - pos).IndexOfAny(FieldEnds);
                if (length < 0)
                {
                    if (!_endOfText) return false;
                    length = end - pos;
                }

                SetTrimmedField(fields, pos, pos + length);
                p = pos + length;
            }

            fields++;
            if (p < end && buffer[p] == ',')
            {
                pos = p + 1;
                continue;
            }

            return TryEndRecord(p, fields, breaks, out next, out lineBreaks);
        }
    }

    /// <summary>Consumes the line break at <paramref name="p"/> (if any) and publishes the record.</summary>
    private bool TryEndRecord(int p, int fields, int breaks, out int next, out int lineBreaks)
    {
        next = lineBreaks = 0;
        if (p < _end)
        {
            if (_buffer[p] == '\r')
            {
                if (p + 1 == _end && !_endOfText) return false;
                p++;
                if (p < _end && _buffer[p] == '\n') p++;
            }
            else
            {
                p++;
            }

            breaks++;
        }

        FieldCount = fields;
        next = p;
        lineBreaks = breaks;
        return true;
    }

    /// <summary>Copies a quoted field (from just after its opening quote) into the unquoted buffer; <paramref name="after"/> is the position after it.</summary>
    private bool TryParseQuoted(int p, int field, ref int breaks, out int after)
    {
        char[] buffer = _buffer;
        int end = _end, copyStart = _unquotedLength;
        after = 0;
        while (true)
        {
            int quote = buffer.AsSpan(p, end - p).IndexOf('"');
            if (quote < 0)
            {
                if (!_endOfText) return false;
                quote = end - p; // unterminated at the end of the text: the rest is the field
            }

            var content = buffer.AsSpan(p, quote);
            breaks += content.Count('\n');
            AppendUnquoted(content);
            p += quote + 1;
            if (p >= end)
            {
                if (!_endOfText) return false;
                p = end;
                break;
            }

            if (buffer[p] != '"')
                break;
            AppendUnquoted("\"");
            p++;
        }

        // Anything between the closing quote and the next separator joins the field, as spreadsheets read it.
        int tail = buffer.AsSpan(p, end - p).IndexOfAny(FieldEnds);
        if (tail < 0)
        {
            if (!_endOfText) return false;
            tail = end - p;
        }

        AppendUnquoted(buffer.AsSpan(p, tail).TrimEnd(" \t"));
        _fieldStart = Grow(_fieldStart, field);
        _fieldLength = Grow(_fieldLength, field);
        _fieldStart[field] = ~copyStart;
        _fieldLength[field] = _unquotedLength - copyStart;
        after = p + tail;
        return true;
    }

    /// <summary>Sets an unquoted field to <c>_buffer[start..end)</c> without the spaces and tabs around it.</summary>
    private void SetTrimmedField(int field, int start, int end)
    {
        char[] buffer = _buffer;
        while (start < end && buffer[start] is ' ' or '\t') start++;
        while (end > start && buffer[end - 1] is ' ' or '\t') end--;
        SetField(field, start, end - start);
    }

    private void SetField(int field, int start, int length)
    {
        _fieldStart = Grow(_fieldStart, field);
        _fieldLength = Grow(_fieldLength, field);
        _fieldStart[field] = start;
        _fieldLength[field] = length;
    }

    private static int[] Grow(int[] array, int index)
    {
        if (index < array.Length) return array;
        Array.Resize(ref array, array.Length * 2);
        return array;
    }

    private void AppendUnquoted(ReadOnlySpan<char> text)
    {
        if (_unquotedLength + text.Length > _unquoted.Length)
            Array.Resize(ref _unquoted, Math.Max(_unquoted.Length * 2, _unquotedLength + text.Length));
        text.CopyTo(_unquoted.AsSpan(_unquotedLength));
        _unquotedLength += text.Length;
    }

    /// <summary>Keeps the unread part of the buffer, grows the buffer when one record fills it, and reads more text.</summary>
    private void Fill()
    {
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
            Array.Resize(ref _buffer, _buffer.Length * 2);
        int read = _text.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
            _endOfText = true;
        else
            _end += read;
    }
}
