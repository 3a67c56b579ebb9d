#!/bin/sh
# Writes the man page: the template (mmvis.1.in, configured) with its OPTIONS and COMMANDS
# sections made from what the program itself prints for --help and for the console's help.
#   manpage.sh MMVIS TEMPLATE OUTPUT
set -eu
mmvis=$1 template=$2 output=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$mmvis" --help >"$tmp/help"
echo help | "$mmvis" --batch - >"$tmp/commands"

# Help text to man(7) entries: a line indented by two spaces starts an entry (name, two
# spaces, description), a deeper one continues the description; "Heading:" lines make
# subsections (commands) or switch sections on and off (--help).
to_man() {
    awk -v mode="$1" '
        function dashes(s) { gsub(/-/, "\\\\-", s); return s }
        function guard(s) { return (s ~ /^[.'"'"']/) ? "\\&" s : s }
        function name_of(head,   n, parts, i, out, word, value) {
            if (mode == "commands")
                return "\\fB" dashes(head) "\\fR"
            n = split(head, parts, ", ")
            out = ""
            for (i = 1; i <= n; i++) {
                word = parts[i]; value = ""
                if (match(word, / <[^>]*>$/)) {
                    value = substr(word, RSTART + 2, RLENGTH - 3)
                    word = substr(word, 1, RSTART - 1)
                }
                if (word ~ /^-/)
                    out = out (i > 1 ? ", " : "") "\\fB" dashes(word) "\\fR" (value != "" ? " \\fI" value "\\fR" : "")
                else
                    out = out (i > 1 ? ", " : "") "\\fI" word "\\fR"
            }
            return out
        }
        function flush() {
            if (name != "") { print ".TP"; print name; print guard(dashes(desc)) }
            name = ""; desc = ""
        }
        /^kd> / { next }
        /^[^ ].*:$/ {
            flush()
            if (mode == "commands") { h = $0; sub(/:$/, "", h); print ".SS " h; on = 1 } else on = ($0 == "Options:" || $0 == "Arguments:")
            next
        }
        on && /^  [^ ]/ {
            flush()
            line = substr($0, 3)
            i = index(line, "  ")
            if (i == 0) { head = line; desc = "" }
            else { head = substr(line, 1, i - 1); desc = substr(line, i); sub(/^ +/, "", desc) }
            name = name_of(head)
            next
        }
        on && /^   / { t = $0; sub(/^ +/, "", t); desc = (desc == "" ? t : desc " " t); next }
        { flush(); on = (mode == "commands") ? 0 : on }
        END { flush() }
    '
}
to_man options <"$tmp/help" >"$tmp/options.man"
to_man commands <"$tmp/commands" >"$tmp/commands.man"
awk -v options="$tmp/options.man" -v commands="$tmp/commands.man" '
    function insert(file,   line) { while ((getline line < file) > 0) print line; close(file) }
    $0 == "%%OPTIONS%%" { insert(options); next }
    $0 == "%%COMMANDS%%" { insert(commands); next }
    { print }
' "$template" >"$output.part"
mv "$output.part" "$output"
