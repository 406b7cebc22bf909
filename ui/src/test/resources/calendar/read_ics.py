"""Reads an .ics file with Python's icalendar (Debian's python3-icalendar), independently of ical4j, and prints
what the test checks as JSON: each VEVENT's UID, its start and end as written (with their TZID) and in UTC, its
SEQUENCE and STATUS, and for each VTIMEZONE the UTC offset its own definition gives at each event's start."""
import json
import sys
from datetime import timezone

from icalendar import Calendar

with open(sys.argv[1], 'rb') as source:
    calendar = Calendar.from_ical(source.read())

zones = {}
for component in calendar.walk('VTIMEZONE'):
    zones[str(component['TZID'])] = component.to_tz()

events = []
for event in calendar.walk('VEVENT'):
    start = event.decoded('DTSTART')
    end = event.decoded('DTEND')
    tzid = event['DTSTART'].params.get('TZID')
    own_zone = zones.get(tzid)
    events.append({
        'uid': str(event['UID']),
        'summary': str(event.get('SUMMARY')),
        'tzid': tzid,
        'start': start.replace(tzinfo=None).isoformat(),
        'end': end.replace(tzinfo=None).isoformat(),
        'startUtc': start.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'),
        'vtimezoneOffsetMinutes': None if own_zone is None else int(
            own_zone.utcoffset(start.replace(tzinfo=None)).total_seconds() // 60),
        'sequence': int(event.get('SEQUENCE', 0)),
        'status': str(event.get('STATUS')),
        'location': str(event.get('LOCATION')),
        'description': str(event.get('DESCRIPTION')),
        'lastModified': event.decoded('LAST-MODIFIED').astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
        if 'LAST-MODIFIED' in event else None,
    })
print(json.dumps({'zones': sorted(zones), 'events': events}))
