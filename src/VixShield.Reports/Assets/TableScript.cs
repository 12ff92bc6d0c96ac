namespace VixShield.Reports.Assets;

/// <summary>
/// The page's only script, inline and library-free: sorts a table when its column header is clicked (numbers by their
/// data-v value, undefined values last either way), filters rows by a text box and by per-column boxes (<c>&gt;10</c>,
/// <c>&lt;=5</c>, or text), and opens collapsed sections before printing.
/// </summary>
internal static class TableScript
{
    public const string Js = """
        (function () {
          'use strict';
          function cellValue(row, col) {
            var cell = row.cells[col];
            if (!cell) return { num: NaN, text: '' };
            var v = cell.getAttribute('data-v');
            return { num: v === null || v === '' ? NaN : Number(v), text: cell.textContent.trim(), isNum: v !== null };
          }
          function sortBy(table, th, col) {
            var ascending = th.getAttribute('aria-sort') === 'descending';
            var heads = table.tHead.rows[0].cells;
            for (var i = 0; i < heads.length; i++) heads[i].removeAttribute('aria-sort');
            th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            var keyed = rows.map(function (row, index) { return { row: row, index: index, key: cellValue(row, col) }; });
            keyed.sort(function (a, b) {
              var x = a.key, y = b.key, order;
              if (x.isNum || y.isNum) {
                var xm = isNaN(x.num), ym = isNaN(y.num);
                if (xm || ym) return xm === ym ? a.index - b.index : (xm ? 1 : -1);
                order = x.num - y.num;
              } else {
                order = x.text < y.text ? -1 : x.text > y.text ? 1 : 0;
              }
              if (order === 0) return a.index - b.index;
              return ascending ? order : -order;
            });
            keyed.forEach(function (k) { body.appendChild(k.row); });
          }
          function matches(row, col, expression) {
            var comparison = /^\s*(<=|>=|<|>|=)?\s*(-?\d+(?:\.\d+)?)\s*$/.exec(expression);
            var value = cellValue(row, col);
            if (comparison && value.isNum) {
              if (isNaN(value.num)) return false;
              var limit = Number(comparison[2]);
              switch (comparison[1] || '=') {
                case '<=': return value.num <= limit;
                case '>=': return value.num >= limit;
                case '<': return value.num < limit;
                case '>': return value.num > limit;
                default: return Math.abs(value.num - limit) < 1e-9;
              }
            }
            return value.text.toLowerCase().indexOf(expression.trim().toLowerCase()) >= 0;
          }
          function applyFilters(table) {
            var text = document.querySelector('input.filter[data-table="' + table.id + '"]');
            var needle = text ? text.value.trim().toLowerCase() : '';
            var columns = Array.prototype.slice.call(table.querySelectorAll('input.col-filter'))
              .filter(function (input) { return input.value.trim() !== ''; });
            var shown = 0, rows = table.tBodies[0].rows;
            for (var i = 0; i < rows.length; i++) {
              var row = rows[i];
              var ok = needle === '' || row.textContent.toLowerCase().indexOf(needle) >= 0;
              for (var c = 0; ok && c < columns.length; c++)
                ok = matches(row, Number(columns[c].getAttribute('data-col')), columns[c].value);
              row.hidden = !ok;
              if (ok) shown++;
            }
            var count = document.querySelector('[data-count-for="' + table.id + '"]');
            if (count) count.textContent = shown + ' of ' + rows.length + ' rows shown';
          }
          var tables = document.querySelectorAll('table.sortable');
          Array.prototype.forEach.call(tables, function (table) {
            var heads = table.tHead.rows[0].cells;
            Array.prototype.forEach.call(heads, function (th, col) {
              var button = th.querySelector('button.sort');
              if (button) button.addEventListener('click', function () { sortBy(table, th, col); });
            });
            Array.prototype.forEach.call(table.querySelectorAll('input.col-filter'), function (input) {
              input.addEventListener('input', function () { applyFilters(table); });
            });
            var text = document.querySelector('input.filter[data-table="' + table.id + '"]');
            if (text) text.addEventListener('input', function () { applyFilters(table); });
          });
          window.addEventListener('beforeprint', function () {
            Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
          });
        })();
        """;
}
