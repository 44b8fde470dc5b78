#!/usr/bin/python3
# check-ics-parsers.py — `tandem-cli export-ics` read back by independent parsers
#
# Copyright 2026 The Tandem developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The .ics must import into GNOME Calendar, Google Calendar and Outlook; none
# of those runs here, so two parsers that share no code with libical read the
# export: Debian's python3-icalendar and python3-vobject (build-aux/dev
# installs both; a missing one fails this test).  It exports the Orbit sample
# and a copy whose texts are hostile (commas, semicolons, backslashes,
# newlines, CJK, emoji, lines long enough to fold between multi-byte
# characters) and checks, against the workspace's XML read here on its own:
#
#   - the stream: CRLF line ends, every line at most 75 octets and valid
#     UTF-8 on its own (no character split by folding);
#   - VCALENDAR: PRODID, VERSION:2.0, METHOD:PUBLISH (Outlook and Google
#     import a published calendar) and X-WR-CALNAME, the workspace's title;
#   - every launch and task as an all-day VEVENT (Google Calendar drops
#     VTODOs): UID from the object id, unique and the same in a second
#     export; DTSTART and DTEND as DATE values, DTEND the day after;
#     DTSTAMP; SUMMARY and DESCRIPTION equal to the texts that went in.
#
# Usage: check-ics-parsers.py TANDEM-CLI SAMPLE.tandem

import datetime
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import icalendar
import vobject

NS = 'https://tandemplanner.github.io/ns/workspace'
Q = '{%s}' % NS
UID_DOMAIN = 'tandemplanner.github.io'
# The channels Tandem names itself; a launch's other channels are its own text.
CHANNELS = {'blog': 'Blog', 'email': 'Email', 'press': 'Press', 'analyst-briefing': 'Analyst briefing',
            'social': 'Social', 'in-app': 'In-app', 'sales-enablement': 'Sales enablement',
            'docs': 'Docs'}
STATUS = {'planned': 'Planned', 'confirmed': 'Confirmed', 'launched': 'Launched',
          'slipped': 'Slipped'}

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def date_of(text):
    return datetime.date.fromisoformat(text)


def read_workspace(path):
    """What the export must say, read from the XML without Tandem's code."""
    root = ET.parse(path).getroot()
    cards = {c.get('id'): c.get('title') for c in root.iter(Q + 'card')}
    people = {p.get('id'): p.get('name') for p in root.iter(Q + 'person')}
    events = {}
    for launch in root.iter(Q + 'launch'):
        title = launch.get('title')
        tier = int(launch.get('tier', '1'))
        date = date_of(launch.get('date'))
        notes = launch.find(Q + 'notes')
        events[launch.get('id')] = {
            'date': date,
            'summary': '%s (Tier %d launch)' % (title, tier),
            'description-start': 'Tier %d launch · %s' % (tier, STATUS[launch.get('status', 'planned')]),
            'description-end': '\n\n' + notes.text if notes is not None else None,
            'description-has': [cards[c.text] for c in launch.findall(Q + 'linked-card')]
                               + [CHANNELS.get(c.text, c.text) for c in launch.findall(Q + 'channel')]
                               + ([people[launch.get('pmm')]] if launch.get('pmm') else []),
        }
        for task in launch.findall(Q + 'task'):
            offset = int(task.get('offset', '0'))
            when = 'Launch day' if offset == 0 else 'T%+d' % offset
            team = task.get('team')
            events[task.get('id')] = {
                'date': date + datetime.timedelta(days=offset),
                'summary': '%s: %s — %s' % (when, task.get('title'), title),
                'description': 'Task of the Tier %d launch “%s” on %s\nTeam: %s\nDone: %s'
                               % (tier, title, launch.get('date'), team or '',
                                  'yes' if task.get('done') == 'true' else 'no'),
                'team-given': team is not None,
            }
    return root.get('title'), events


def export(cli, workspace, out):
    result = subprocess.run([cli, 'export-ics', workspace, '-o', out],
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit('%s: export-ics failed (%d): %s' % (workspace, result.returncode, result.stderr))
    with open(out, 'rb') as f:
        return f.read()


def check_stream(name, data):
    check(data.endswith(b'\r\n'), '%s: does not end with CRLF' % name)
    lines = data.split(b'\r\n')[:-1]
    for number, line in enumerate(lines, 1):
        where = '%s:%d' % (name, number)
        check(b'\r' not in line and b'\n' not in line, '%s: a bare CR or LF' % where)
        check(len(line) <= 75, '%s: %d octets' % (where, len(line)))
        try:
            line.decode('utf-8')
        except UnicodeDecodeError:
            failures.append('%s: a UTF-8 character split by folding: %r' % (where, line))
    check(any(line.startswith(b' ') for line in lines), '%s: no folded line' % name)
    # Folds with a multi-byte character on either side: the case to get right.
    return sum(1 for before, after in zip(lines, lines[1:])
               if after.startswith(b' ') and (before[-1:] >= b'\x80' or after[1:2] >= b'\x80'))


def text_fields(data):
    """SUMMARY and DESCRIPTION per UID, unfolded and unescaped by RFC 5545
    3.1 and 3.3.11 here, as a third reading beside the two parsers."""
    unfolded = data.decode('utf-8').replace('\r\n ', '').replace('\r\n\t', '')
    fields, uid, current = {}, None, {}
    for line in unfolded.split('\r\n'):
        name, _, value = line.partition(':')
        if name == 'BEGIN' and value == 'VEVENT':
            current = {}
        elif name == 'UID':
            uid = value
        elif name in ('SUMMARY', 'DESCRIPTION'):
            out, i = [], 0
            while i < len(value):
                if value[i] == '\\':
                    i += 1
                    out.append('\n' if value[i] in 'nN' else value[i])
                else:
                    out.append(value[i])
                i += 1
            current[name] = ''.join(out)
        elif name == 'END' and value == 'VEVENT':
            fields[uid] = current
    return fields


def check_export(name, cli, workspace, tmpdir):
    title, expected = read_workspace(workspace)
    first = export(cli, workspace, os.path.join(tmpdir, name + '-1.ics'))
    second = export(cli, workspace, os.path.join(tmpdir, name + '-2.ics'))

    multibyte_folds = check_stream(name, first)
    # Two exports differ only in DTSTAMP (the moment of export).
    strip = lambda d: [l for l in d.split(b'\r\n') if not l.startswith(b'DTSTAMP:')]
    check(strip(first) == strip(second), '%s: two exports differ beyond DTSTAMP' % name)

    calendar = icalendar.Calendar.from_ical(first)
    check(str(calendar.get('PRODID', '')).startswith('-//Tandem//'), '%s: PRODID' % name)
    check(str(calendar.get('VERSION')) == '2.0', '%s: VERSION' % name)
    check(str(calendar.get('METHOD')) == 'PUBLISH', '%s: METHOD' % name)
    check(str(calendar.get('X-WR-CALNAME')) == title,
          '%s: X-WR-CALNAME %r, not %r' % (name, str(calendar.get('X-WR-CALNAME')), title))
    check(not list(calendar.walk('VTODO')), '%s: VTODOs, which Google Calendar drops' % name)

    by_vobject = {}
    v = vobject.readOne(first.decode('utf-8'))
    check(v.x_wr_calname.value == title,
          '%s: vobject reads X-WR-CALNAME as %r' % (name, v.x_wr_calname.value))
    for event in v.vevent_list:
        by_vobject[event.uid.value] = event
    raw = text_fields(first)

    uids = []
    for event in calendar.walk('VEVENT'):
        uid = str(event['UID'])
        uids.append(uid)
        object_id, _, domain = uid.partition('@')
        where = '%s: %s' % (name, uid)
        if not check(object_id in expected and domain == UID_DOMAIN, '%s: not an object id' % where):
            continue
        want = expected[object_id]
        start, end = event['DTSTART'], event['DTEND']
        check(type(start.dt) is datetime.date and start.params.get('VALUE') == 'DATE',
              '%s: DTSTART is not a DATE' % where)
        check(type(end.dt) is datetime.date and end.params.get('VALUE') == 'DATE',
              '%s: DTEND is not a DATE' % where)
        check(start.dt == want['date'], '%s: DTSTART %s, not %s' % (where, start.dt, want['date']))
        check(end.dt == want['date'] + datetime.timedelta(days=1),
              '%s: DTEND %s is not the exclusive end of %s' % (where, end.dt, want['date']))
        check(isinstance(event['DTSTAMP'].dt, datetime.datetime)
              and event['DTSTAMP'].dt.utcoffset() == datetime.timedelta(0),
              '%s: DTSTAMP missing or not UTC' % where)

        summary = str(event['SUMMARY'])
        description = str(event['DESCRIPTION'])
        other = by_vobject.get(uid)
        readings = [('raw', raw[uid]['SUMMARY'], raw[uid]['DESCRIPTION'])]
        if check(other is not None, '%s: vobject does not see it' % where):
            readings.append(('vobject', other.summary.value, other.description.value))
            check(other.dtstart.value == want['date'], '%s: vobject DTSTART' % where)
        # python3-icalendar 4.0 reads an escaped backslash followed by n, ";"
        # or "," as a newline, ";" or ",": texts holding such a pair are
        # compared with the other two readings only.
        if not any('\\' + c in t for c in 'nN;,' for t in readings[0][1:]):
            readings.append(('icalendar', summary, description))
        for reader, s, d in readings:
            check(s == want['summary'], '%s: %s reads SUMMARY %r, not %r' % (where, reader, s, want['summary']))
            if 'description' in want:
                if want['team-given']:
                    check(d == want['description'],
                          '%s: %s reads DESCRIPTION %r, not %r' % (where, reader, d, want['description']))
                else:
                    check(d.split('\nTeam: ')[0] == want['description'].split('\nTeam: ')[0],
                          '%s: %s reads DESCRIPTION %r' % (where, reader, d))
            else:
                check(d.startswith(want['description-start']),
                      '%s: %s reads DESCRIPTION starting %r' % (where, reader, d[:40]))
                if want['description-end'] is not None:
                    check(d.endswith(want['description-end']),
                          '%s: %s: the notes do not round-trip: %r' % (where, reader, d))
                for text in want['description-has']:
                    check(text in d, '%s: %s: DESCRIPTION lacks %r' % (where, reader, text))

    check(len(uids) == len(set(uids)), '%s: UIDs not unique' % name)
    check(set(u.partition('@')[0] for u in uids) == set(expected),
          '%s: %d events for %d launches and tasks' % (name, len(uids), len(expected)))
    print('%s: %d events, %d octets, %d folds beside a multi-byte character; '
          'checked with icalendar %s and vobject'
          % (name, len(uids), len(first), multibyte_folds, icalendar.__version__))
    return len(uids), multibyte_folds


HOSTILE = [
    'Comma, semicolon; backslash \\ and "quotes"',
    'A literal \\n, then \\; and \\, — not escapes',
    '東京ローンチ：予定表のテスト、日本語',
    'Emoji 🚀🎉👩‍💻 launch 🇪🇺',
    # Long enough to fold, in multi-byte characters, so a fold falls inside
    # one unless the writer takes care.
    'Ünïcödé ' + '日本語😀é' * 14,
]


def make_hostile(sample, path):
    """The sample, with hostile texts in every field the export writes and
    launch dates on a leap day and at a year's end."""
    ET.register_namespace('', NS)
    tree = ET.parse(sample)
    root = tree.getroot()
    root.set('title', 'Plan; Q1, "big" \\ launch — 計画 🚀')
    for i, card in enumerate(root.iter(Q + 'card')):
        card.set('title', HOSTILE[i % len(HOSTILE)] + ' card %d' % i)
    for i, person in enumerate(root.iter(Q + 'person')):
        person.set('name', 'Zoë, Ōtsuka; \\ 大塚 %d' % i)
    dates = ['2028-02-29', '2027-12-31', '2028-01-01', '2027-03-28', '2027-10-31']
    for i, launch in enumerate(root.iter(Q + 'launch')):
        launch.set('title', HOSTILE[i % len(HOSTILE)])
        launch.set('date', dates[i % len(dates)])
        notes = launch.find(Q + 'notes')
        if notes is not None:
            notes.text = ('Line one, with; all \\ kinds\nLine two 日本語 🎉\n\n'
                          + HOSTILE[(i + 1) % len(HOSTILE)] * 3)
        tasks = launch.findall(Q + 'task')
        for k, task in enumerate(tasks):
            task.set('title', HOSTILE[(i + k) % len(HOSTILE)] + '\nsecond line')
        # A channel of the launch's own, before the tasks as the schema wants.
        channel = ET.Element(Q + 'channel')
        channel.text = 'pod-cast, "live"; 実況'
        launch.insert(list(launch).index(tasks[0]) if tasks else len(launch), channel)
    tree.write(path, encoding='UTF-8', xml_declaration=True)


def main():
    cli, sample = sys.argv[1:3]
    with tempfile.TemporaryDirectory(prefix='tandem-ics-') as tmpdir:
        hostile = os.path.join(tmpdir, 'hostile.tandem')
        make_hostile(sample, hostile)
        result = subprocess.run([cli, 'validate', hostile], capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit('the generated workspace is not valid: ' + result.stdout + result.stderr)
        n, _ = check_export('orbit', cli, sample, tmpdir)
        check(n > 20, 'orbit: only %d events' % n)
        _, folds = check_export('hostile', cli, hostile, tmpdir)
        check(folds >= 10, 'hostile: only %d folds beside a multi-byte character' % folds)
    for failure in failures[:50]:
        print(failure, file=sys.stderr)
    if failures:
        sys.exit('%d failed checks' % len(failures))


if __name__ == '__main__':
    main()
