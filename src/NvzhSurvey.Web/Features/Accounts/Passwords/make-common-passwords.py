#!/usr/bin/env python3
"""Writes common-passwords.txt: passwords of 12 characters or more that people pick most (one a line, lower case).

The list is built from the most used base words in breach lists (English and Dutch) and the endings people add to
reach a length rule (digits, years, "!"), plus keyboard and digit runs. Only entries of at least 12 characters are
kept: shorter ones are refused by the length rule already. Run: python3 make-common-passwords.py > common-passwords.txt
"""

words = """
password passw0rd p@ssword p@ssw0rd wachtwoord wachtw00rd welkom welkom01 welcome welcome1 geheim secret letmein
qwerty qwertyuiop asdfghjkl zxcvbnm azerty iloveyou ikhouvanjou liefde schatje princess prinses sunshine monkey
dragon football voetbal baseball soccer master shadow superman batman michael jennifer charlie jordan hunter
trustno1 whatever freedom starwars pokemon minecraft fortnite computer internet samsung iphone google facebook
administrator admin beheerder beheer medewerker changeme veranderen nederland holland amsterdam rotterdam utrecht
denhaag eindhoven groningen ajax feyenoord psv oranje zomer winter lente herfst januari februari maart april mei
juni juli augustus september oktober november december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
hallo hello goodmorning goedemorgen abcdef abcdefgh abc123 test tester testtest gebruiker user usuario login
inloggen toegang access summer autumn spring nvzh zelfregie herstel zorg ledenonderzoek onderzoek vereniging
kanarie kaas fiets tulp molen koffie thee bier pannenkoek stroopwafel hockey tennis korfbal schaatsen
"""

endings = ["", "1", "12", "123", "1234", "12345", "123456", "1234567", "12345678", "123456789", "0", "00", "01",
           "007", "69", "99", "!", "!!", "1!", "123!", "?", ".", "#1", "@123", "01!", "2!"]
endings += [str(year) for year in range(1950, 2031)]
endings += [str(year) + "!" for year in range(2000, 2031)]

entries = set()
for word in words.split():
    for ending in endings:
        for glue in ("", "-"):
            if glue and not ending:
                continue
            entries.add(word + glue + ending)
    entries.add(word + word)
    entries.add(word + word + "1")

digits = "12345678901234567890"
for length in range(12, 21):
    entries.add(digits[:length])
    entries.add("".join(reversed(digits))[:length])
    for d in "0123456789":
        entries.add(d * length)
for walk in ("qwertyuiop", "qwertyuiopasdfghjkl", "1qaz2wsx3edc", "1q2w3e4r5t6y", "q1w2e3r4t5y6", "zaq12wsxcde3",
             "qazwsxedcrfv", "asdfghjkl123", "qwerty123456", "123qweasdzxc", "abcdefghijkl", "abcdefghijklmnop",
             "1234qwerasdf", "qwertyqwerty", "aaaaaaaaaaaa", "abcabcabcabc", "123abc123abc", "iloveyouiloveyou"):
    entries.add(walk)

for entry in sorted(e.lower() for e in entries if len(e) >= 12):
    print(entry)
