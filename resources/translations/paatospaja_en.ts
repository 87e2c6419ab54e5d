<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fi_FI">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+63"/>
        <source>Työtilan on avannut %1 koneella %2 (%3). Jos tuo kone ei enää käytä työtilaa (ohjelma on suljettu tai kone sammunut), voit ottaa työtilan käyttöön tällä koneella. Jos kaksi konetta kirjoittaa samaan työtilaan, tietoja voi kadota.</source>
        <translation>%1 has opened the workspace on computer %2 (%3). If that computer is no longer using the workspace (the program has been closed or the computer switched off), you can take over the workspace on this computer. If two computers write to the same workspace, data may be lost.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ota käyttöön tällä koneella</source>
        <translation>Take over on this computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avaa vain luku -tilassa</source>
        <translation>Open read-only</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../ui/attachment_list.py" line="+42"/>
        <source>Liitteen nimi</source>
        <translation>Attachment name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tiedosto</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Julkinen</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liitteet</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lisää tiedostoja…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lisää nimi</source>
        <translation>Add name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liite, jonka tiedosto ei ole tällä koneella</source>
        <translation>An attachment whose file is not on this computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poista</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ylös</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alas</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Valitse liitteet</source>
        <translation>Choose attachments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asiakirjat (*.docx *.pdf *.odt *.xlsx *.txt);;Kaikki tiedostot (*)</source>
        <translation>Documents (*.docx *.pdf *.odt *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Ei julkinen: jätetään pois verkkoon julkaistavasta versiosta</source>
        <translation>Not public: left out of the version published on the web</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ei tiedostoa: liite mainitaan vain nimeltä</source>
        <translation>No file: the attachment is only mentioned by name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tiedostoa ei löydy: {path}</source>
        <translation>File not found: {path}</translation>
    </message>
</context>
<context>
    <name>CompletenessPanel</name>
    <message>
        <location filename="../../ui/completeness_panel.py" line="+34"/>
        <source>Ei avointa asiaa.</source>
        <translation>No item is open.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ Hallintolain 44 §:n ja 45 §:n osat ovat mukana.</source>
        <translation>✔ All parts required by sections 44 and 45 of the Administrative Procedure Act are included.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Päätöksestä puuttuu vielä yksi pakollinen kohta.</source>
        <translation>The decision is still missing one required part.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Päätöksestä puuttuu vielä %d pakollista kohtaa.</source>
        <translation>The decision is still missing %d required parts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Huomautuksia, ei esteitä.</source>
        <translation>Remarks, but nothing blocking.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="+65"/>
        <source>Asiaa muutettiin toisaalla</source>
        <extracomment>The screen the dialog must fit: a common municipal laptop (1366×768) less the taskbar.</extracomment>
        <translation>The item was changed elsewhere</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Vasemmalla on oma tekstisi, oikealla toisaalla tallennettu. Alleviivattu ja +-merkitty teksti on vain siinä versiossa.</source>
        <translation>Your own text is on the left, the text saved elsewhere on the right. Underlined text marked with + is only in that version.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Kopioi oma tekstini leikepöydälle</source>
        <translation>&amp;Copy my text to the clipboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kopioi oma tekstini leikepöydälle</source>
        <translation>Copy my text to the clipboard</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Säilytä omat muutokseni</source>
        <translation>&amp;Keep my changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Säilytä omat muutokseni</source>
        <translation>Keep my changes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ota toinen versio</source>
        <translation>&amp;Use the other version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ota toinen versio</source>
        <translation>Use the other version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Päätä &amp;myöhemmin</source>
        <translation>Decide &amp;later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Päätä myöhemmin</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 tallensi sen %2.</source>
        <translation>%1 saved it on %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toinen muutos tallennettiin %1.</source>
        <translation>The other change was saved on %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Muutoksen tallensi %1.</source>
        <translation>The change was saved by %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asiaa muutettiin toisaalla (toisessa ikkunassa tai komentoriviltä) sillä aikaa, kun kirjoitit.</source>
        <translation>The item was changed elsewhere (in another window or from the command line) while you were writing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samat kohdat muuttuivat kummassakin: %1.</source>
        <translation>The same parts changed in both: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mitään ei ole vielä tallennettu. Valitse, kumpi teksti jää voimaan. Jos haluat yhdistää ne käsin, kopioi ensin oma tekstisi leikepöydälle.</source>
        <translation>Nothing has been saved yet. Choose which text to keep. If you want to combine them by hand, first copy your own text to the clipboard.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Oma tekstisi</source>
        <translation>Your text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toisaalla tallennettu</source>
        <translation>Saved elsewhere</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(tyhjä)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Oma tekstisi on nyt leikepöydällä.</source>
        <translation>Your text is now on the clipboard.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/meeting_decision_dialog.py" line="+35"/>
        <source>Päätöksen kirjaaminen: %s</source>
        <translation>Record decision: %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saapumiset ja poistumiset, rivi kerrallaan: + Nimi 18.20 / - Nimi 19.05</source>
        <translation>Arrivals and departures, one per line: + Name 18.20 / - Name 19.05</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saapumiset ja poistumiset</source>
        <translation>Arrivals and departures</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Päätös</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Päätös</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Päätöksen sanamuoto, jos se poikkeaa ehdotuksesta (muutettu, pöydälle, …)</source>
        <translation>Wording of the decision if it differs from the proposal (amended, tabled, …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Päätösteksti</source>
        <translation>Decision text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vastaehdotukset, kannatukset ja muut vaiheet</source>
        <translation>Counter-proposals, seconding and other stages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Käsittely</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Käsittely</source>
        <translation>&amp;Proceedings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Äänestys (jos äänestettiin)</source>
        <translation>Vote (if a vote was taken)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>esim. JAA: esittelijän ehdotus, EI: jäsenen vastaehdotus</source>
        <translation>e.g. YES: the presenter&apos;s proposal, NO: the member&apos;s counter-proposal</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Äänestysesitys</source>
        <translation>Voting proposition</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nimet pilkuin eroteltuina</source>
        <translation>names separated by commas</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Esteelliset</source>
        <translation>Disqualified</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>JAA</source>
        <translation>YES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EI</source>
        <translation>NO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TYHJÄÄ</source>
        <translation>BLANK</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Tulos</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Esteellisyys (Hallintolaki 28 §)</source>
        <translation>Disqualification (Administrative Procedure Act, section 28)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Esteellinen henkilö</source>
        <translation>Disqualified person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Esteellisyyden peruste</source>
        <translation>Ground for disqualification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lisää</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Saapumiset ja poistumiset, rivi kerrallaan: + Nimi klo 18.20 / - Nimi klo 19.05</source>
        <translation type="vanished">Arrivals and departures, one per line: + Name at 18.20 / - Name at 19.05</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <location filename="../../ui/privacy_panel.py" line="+101"/>
        <source>Ei henkilötieto</source>
        <translation>Not personal data</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Miksi tämä ei ole henkilötieto? (valinnainen)</source>
        <translation>Why is this not personal data? (optional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kaikki tämän tekstin esiintymät tässä asiassa</source>
        <translation>Every occurrence of this text in this item</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Oletuksena vain valittu kohta hylätään; sama teksti muualla tarkistetaan erikseen.</source>
        <translation>By default only the selected occurrence is dismissed; the same text elsewhere is checked separately.</translation>
    </message>
</context>
<context>
    <name>DraftList</name>
    <message>
        <location filename="../../ui/draft_list.py" line="+303"/>
        <source>Uusi asia pohjasta…</source>
        <translation>New item from template…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suodata toimielimen mukaan</source>
        <translation>Filter by body</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suodata tilan mukaan</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kaikki tilat</source>
        <translation>All states</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Ei luonnoksia näillä rajauksilla.</source>
        <translation>No drafts match these filters.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ei vielä luonnoksia — aloita Uusi asia pohjasta (%1) tai hae aiemmista päätöksistä (%2) ja tee niistä luonnos.</source>
        <translation>No drafts yet — start with New item from template (%1) or search earlier decisions (%2) and make a draft from one.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kaikki toimielimet</source>
        <translation>All bodies</translation>
    </message>
</context>
<context>
    <name>DraftListModel</name>
    <message>
        <location line="-282"/>
        <source>Otsikko</source>
        <extracomment>Rows read at a time: a few screens&apos; worth, so scrolling rarely waits for the next page. Reads ``limit`` summaries from ``offset`` of the list&apos;s query (newest first).</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toimielin</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muokattu</source>
        <translation>Modified</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>(nimetön asia)</source>
        <translation>(untitled item)</translation>
    </message>
</context>
<context>
    <name>FormattingActions</name>
    <message>
        <location filename="../../ui/rich_text_edit.py" line="+133"/>
        <source>Leipäteksti</source>
        <translation>Body text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otsikko 1</source>
        <translation>Heading 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otsikko 2</source>
        <translation>Heading 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otsikko 3</source>
        <translation>Heading 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lihavointi</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kursiivi</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleviivaus</source>
        <translation>Underline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luettelo</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numeroitu luettelo</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lisää taulukko</source>
        <translation>Insert table</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/history_panel.py" line="+41"/>
        <location line="+128"/>
        <source>(nimetön asia)</source>
        <extracomment>How many changed parts a row names before it says &quot;and N more&quot;; the tooltip names all.</extracomment>
        <translation>(untitled item)</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Versio säilyy, kun tallennat, kun asian tila muuttuu, kun asia lisätään esityslistalle, kun päätös kirjataan ja kun pidät tauon kirjoittamisessa. Valitse versio nähdäksesi, mitä siinä muuttui.</source>
        <translation>A version is kept when you save, when the item&apos;s status changes, when the item is added to an agenda, when the decision is recorded and when you pause in your writing. Choose a version to see what changed in it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Versiot</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Näytä koko versio</source>
        <translation>&amp;Show the whole version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Näytä koko versio muutosten sijaan (muuten näkyvät vain muuttuneet kohdat)</source>
        <translation>Show the whole version instead of the changes (otherwise only the changed parts are shown)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Valittu versio</source>
        <translation>Selected version</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Asia luotiin</source>
        <translation>Item created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tallennettu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tauko kirjoittamisessa</source>
        <translation>Pause in writing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tila muuttui</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lisätty esityslistalle</source>
        <translation>Added to the agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Päätös kirjattu</source>
        <translation>Decision recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palautettu aiempi versio</source>
        <translation>Earlier version restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yhdistetty toisaalla tehtyihin muutoksiin</source>
        <translation>Merged with changes made elsewhere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tuntematon käyttäjä</source>
        <translation>unknown user</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>ja %n muuta</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Versio %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tallentaja: %1</source>
        <translation>Saved by: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syy: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otsikko: %1</source>
        <translation>Title: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Muuttui: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Asian ensimmäinen versio: aiempaa versiota ei ole vertailtavaksi.</source>
        <translation>The item&apos;s first version: there is no earlier version to compare it with.</translation>
    </message>
    <message>
        <source>Jokainen tallennus säilyy versiona.</source>
        <translation type="vanished">Every save is kept as a version.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>&amp;Palauta tämä versio</source>
        <translation>&amp;Restore this version</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="+34"/>
        <source>Päätösten tuonti</source>
        <translation>Importing decisions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aloitetaan…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tiedosto</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Syy</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keskeytä</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keskeytetään… jo tuodut päätökset säilyvät.</source>
        <translation>Cancelling… decisions already imported are kept.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tuonti keskeytettiin.</source>
        <translation>The import was cancelled.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuonti valmis.</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uusia %d, päivitettyjä %d, ennallaan %d, poistettuja %d, epäonnistuneita %d.</source>
        <translation>New %d, updated %d, unchanged %d, removed %d, failed %d.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Esimerkkipäätökset poistettiin: %d</source>
        <translation>Sample decisions removed: %d</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Sulje</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Tuonti epäonnistui: %s</source>
        <translation>Import failed: %s</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../ui/item_editor.py" line="+121"/>
        <source>Perustiedot</source>
        <translation>Basic details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asian otsikko, joka kuvaa asian sisällön</source>
        <translation>Item title that describes what the item is about</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Otsikko</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toimielin</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tila</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>esim. KH 123/00.01.02/2026</source>
        <translation>e.g. KH 123/00.01.02/2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dno</source>
        <translation>&amp;Record no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tehtäväluokka, esim. 02 02 00</source>
        <translation>task class, e.g. 02 02 00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tehtäväluokka</source>
        <translation>Task class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>esim. KH 12.3.2026 § 45</source>
        <translation>e.g. KH 12.3.2026 § 45</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aikaisempi käsittely</source>
        <translation>Earlier handling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Valmistelija</source>
        <translation>Prepared &amp;by</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lisätiedot antaa</source>
        <translation>&amp;Contact for information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>esim. kunnanjohtaja Maija Meikäläinen</source>
        <translation>e.g. Municipal Manager Jane Smith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Esittelijä</source>
        <translation>&amp;Presenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keneen päätös välittömästi kohdistuu</source>
        <translation>whom the decision directly concerns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Asianosaiset</source>
        <translation>Part&amp;ies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ei asetettu</source>
        <translation>not set</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Päätöspäivä</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Liitteet, tiedoksi ja muutoksenhaku</source>
        <translation>Attachments, for information and appeals</translation>
    </message>
    <message>
        <source>yksi liite riviä kohden</source>
        <translation type="vanished">one attachment per line</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Liitteet</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiedoksi</source>
        <translation>For information</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Muutoksenhaku</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Nimi: peruste (HL 28 §), yksi riviä kohden</source>
        <translation>Name: ground (APA s. 28), one per line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Esteellisyydet</source>
        <translation>Disqualifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Julkinen asia</source>
        <translation>Public item</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>esim. Salassa pidettävä, JulkL 24 § 1 mom 25 k</source>
        <translation>e.g. Confidential, Act on the Openness of Government Activities s. 24(1)(25)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salassapitoperuste</source>
        <translation>Grounds for confidentiality</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Päätöksen laji</source>
        <translation>Kind of decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(valitse laki)</source>
        <translation>(choose a law)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erityislaki</source>
        <translation>Special law</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>perustelu, jos muutoksenhaku poikkeaa säännöistä, tai kiellon peruste</source>
        <translation>reason if the route differs from the rules, or the ground of the ban</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Perustelu</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sääntöjen mukaan: %1 (%2)</source>
        <translation>By the rules: %1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Poikkeava muutoksenhaku, perustelu: %1</source>
        <translation>Route differs from the rules; reason: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poikkeava muutoksenhaku ilman perustelua: tarkistus estää julkaisun.</source>
        <translation>Route differs from the rules without a reason: the check blocks publishing.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Millä säännöksellä muutoksenhaku on kielletty? (esim. KuntaL 136 §)</source>
        <translation>Which provision bans the appeal? (e.g. Local Government Act 136 §)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Miksi muutoksenhaku poikkeaa säännöistä (%1)?</source>
        <translation>Why does the route differ from the rules (%1)?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Muutoksenhaun perustelu</source>
        <translation>Reason for the appeal route</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Valitse asia vasemmalta tai luo uusi asia pohjasta.</source>
        <translation>Choose an item on the left or create a new item from a template.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+161"/>
        <source>(nimetön asia)</source>
        <translation>(untitled item)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+69"/>
        <location line="+553"/>
        <location filename="../../ui/welcome_dialog.py" line="+247"/>
        <source>Päätöspaja – %s</source>
        <translation>Päätöspaja – %s</translation>
    </message>
    <message>
        <location line="-537"/>
        <source>&amp;Valmistelu</source>
        <translation>P&amp;reparation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Haku</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kokoukset</source>
        <translation>&amp;Meetings</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hakemistoa tarkistetaan…</source>
        <translation>Checking the search index…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Puutteet</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Versiot</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Samankaltaiset</source>
        <translation>Similar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tietosuoja</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Tiedosto</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Uusi asia pohjasta…</source>
        <translation>&amp;New item from template…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tallenna nyt</source>
        <translation>&amp;Save now</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tuo aiempia &amp;päätöksiä kansiosta…</source>
        <translation>Import earlier &amp;decisions from folder…</translation>
    </message>
    <message>
        <source>Tuo päätöksiä &amp;tiedostosta…</source>
        <translation type="vanished">Import decisions from &amp;file…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tuo päätöksiä tiedo&amp;stosta…</source>
        <translation>Import decisions from &amp;file…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&amp;ähteet…</source>
        <translation>S&amp;ources…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;oista esimerkkiaineisto…</source>
        <translation>&amp;Remove sample material…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hae aiemmista päätöksistä</source>
        <translation>Search &amp;earlier decisions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kunnan tiedot…</source>
        <translation>&amp;Municipality details…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lopeta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Muokkaa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kumoa</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tee uudelleen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>M&amp;uotoilu</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muotoilu</source>
        <translation>Formatting</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>T&amp;ietosuoja</source>
        <translation>&amp;Privacy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merkitse valinta &amp;henkilötiedoksi</source>
        <translation>Mark selection as &amp;personal data</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merkitse valinta &amp;salassa pidettäväksi…</source>
        <translation>Mark selection as &amp;confidential…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Ohje</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ervetuloa-ikkuna…</source>
        <translation>&amp;Welcome window…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avaa e&amp;simerkkityötila</source>
        <translation>Open &amp;sample workspace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tietoja Päätöspajasta</source>
        <translation>&amp;About Päätöspaja</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Muistutus: %s %d/%d – muutoksenhakuaika päättyi %s. Korvaa verkossa oleva pöytäkirja versiolla, josta henkilötiedot on poistettu (Kokoukset → Muutoksenhaun jälkeen).</source>
        <translation>Reminder: %s %d/%d – the appeal period ended %s. Replace the minutes on the web with a version from which personal data has been removed (Meetings → After the appeal period).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Tietoja Päätöspajasta</source>
        <translation>About Päätöspaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Päätöspaja %s
Työtila: %s</source>
        <translation>Päätöspaja %s
Workspace: %s</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Vain luku: työtilan on avannut %s koneella %s (%s). Voit hakea ja lukea, mutta muutoksia ei tallenneta. Sulje toinen ikkuna ja avaa Päätöspaja uudelleen.</source>
        <translation>Read-only: %s opened the workspace on computer %s (%s). You can search and read, but changes are not saved. Close the other window and open Päätöspaja again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vain luku: työtilan tietokantaan tai kansioon ei voi kirjoittaa (%s). Voit hakea ja lukea, mutta muutoksia ei tallenneta.</source>
        <translation>Read-only: the workspace&apos;s database or folder cannot be written to (%s). You can search and read, but changes are not saved.</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Kaikkia muutoksia ei ole tallennettu:

%s

Jos suljet nyt, ne menetetään.</source>
        <translation>Not all changes have been saved:

%s

If you close now, they are lost.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Älä sulje</source>
        <translation>Don&apos;t close</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Sulje silti</source>
        <translation>Close anyway</translation>
    </message>
    <message>
        <source>Muutoksia ei ole vielä tallennettu…</source>
        <translation type="vanished">Changes not saved yet…</translation>
    </message>
    <message>
        <source>Tallennetaan…</source>
        <translation type="vanished">Saving…</translation>
    </message>
    <message>
        <source>Tallennettu klo %s</source>
        <translation type="vanished">Saved at %s</translation>
    </message>
    <message>
        <source>Tallennus epäonnistui – yritetään uudelleen</source>
        <translation type="vanished">Saving failed – trying again</translation>
    </message>
    <message>
        <source>Asian %s tallennus epäonnistui: %s. Muutokset ovat tallessa ikkunassa.</source>
        <translation type="vanished">Saving item %s failed: %s. Your changes are kept in the window.</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Versio %d palautettiin.</source>
        <translation>Version %d restored.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hakemisto valmis</source>
        <translation>Search index ready</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Avaa ensin asia, johon teksti kopioidaan.</source>
        <translation>First open the item the text is to be copied into.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Teksti kopioitiin luonnokseen.</source>
        <translation>Text copied into the draft.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Toimielintä ”%s” ei ole työtilassa; luonnos tehtiin toimielimelle %s.</source>
        <translation>The body “%s” is not in this workspace; the draft was made for %s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tuo päätökset kansiosta</source>
        <translation>Import decisions from folder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tuo päätöksiä</source>
        <translation>Import decisions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Päätökset (*.jsonl *.docx *.pdf *.html *.htm *.txt);;Kaikki tiedostot (*)</source>
        <translation>Decisions (*.jsonl *.docx *.pdf *.html *.htm *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Päivitetään hakemistoa…</source>
        <translation type="vanished">Updating the search index…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Päätöspaja</source>
        <translation>Päätöspaja</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <location filename="../../ui/meeting_labels.py" line="+18"/>
        <source>puheenjohtaja</source>
        <translation>chair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jäsen</source>
        <translation>member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>varajäsen</source>
        <translation>deputy member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sihteeri</source>
        <translation>secretary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>esittelijä</source>
        <translation>presenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>muu läsnäolija</source>
        <translation>other attendee</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hyväksyttiin ehdotuksen mukaisesti</source>
        <translation>Approved as proposed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hyväksyttiin muutettuna</source>
        <translation>Approved with amendments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pantiin pöydälle</source>
        <translation>Tabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palautettiin valmisteluun</source>
        <translation>Returned for further preparation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hylättiin</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Päätettiin äänestyksen jälkeen</source>
        <translation>Decided after a vote</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> – pöytäkirja julkaistu</source>
        <translation> – minutes published</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_view.py" line="+110"/>
        <source>Uusi kokous…</source>
        <extracomment>Where the keyboard is, seen at a glance: a keyboard user moves between many similar buttons and lists on this tab. The blue passes WCAG AA contrast on the window colour. Emitted before the view changes items, so that unsaved edits are written first and cannot later overwrite what the meeting recorded.</extracomment>
        <translation>New meeting…</translation>
    </message>
    <message>
        <source>Kokouksen tiedot</source>
        <translation type="vanished">Meeting details</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+1"/>
        <source>Paikka</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Päättyi</source>
        <translation type="vanished">Ended</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nimet pilkuin eroteltuina</source>
        <translation>names separated by commas</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Pöytäkirjantarkastajat</source>
        <translation>Minute checkers</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Uusi kokous</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kokoukset</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tiedot</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asiakirjat ja tarkistus</source>
        <translation>Documents and check</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>Päättyi klo</source>
        <translation>Ended at</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>esim. 20.15 (tyhjä, jos ei vielä merkitty)</source>
        <translation>e.g. 20.15 (empty if not recorded yet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>ei vielä</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+7"/>
        <source>Tarkastettu</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>Yleisesti nähtävänä alkaen</source>
        <translation>On public view from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tallenna tiedot</source>
        <translation>Save details</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Järjestä vetämällä tai näppäimillä Ctrl+↑ ja Ctrl+↓.</source>
        <translation>Reorder by dragging or with Ctrl+↑ and Ctrl+↓.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Siirrä ylös</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Siirrä alas</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Valitse kokous luettelosta.</source>
        <translation>Choose a meeting from the list.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Kokouksen tiedot tallennettu.</source>
        <translation>Meeting details saved.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Osallistujat tallennettu: %d henkilöä.</source>
        <translation>Participants saved: %d people.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_participants.py" line="+38"/>
        <location filename="../../ui/meeting_view.py" line="-282"/>
        <source>Osallistujat</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Rooli</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Läsnä</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saapui</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poistui</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_view.py" line="+54"/>
        <source>Lisää henkilö</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Tallenna osallistujat</source>
        <translation>Save participants</translation>
    </message>
    <message>
        <source>Esityslista (järjestä vetämällä)</source>
        <translation type="vanished">Agenda (drag to reorder)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Lisää asia…</source>
        <translation>Add item…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poista listalta</source>
        <translation>Remove from agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avaa asia</source>
        <translation>Open item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kirjaa päätös…</source>
        <translation>Record decision…</translation>
    </message>
    <message>
        <source>Asiakirjat</source>
        <translation type="vanished">Documents</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_documents.py" line="+101"/>
        <source>Esityslista (DOCX)…</source>
        <translation>Agenda (DOCX)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pöytäkirja (DOCX)…</source>
        <translation>Minutes (DOCX)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valittu asia (DOCX)…</source>
        <translation>Selected item (DOCX)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tarkista julkaisukelpoisuus</source>
        <translation>Check readiness for publishing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Julkaisuversio…</source>
        <translation>Publishing version…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Muutoksenhaun jälkeen…</source>
        <translation>After the appeal period…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/meeting_view.py" line="+292"/>
        <source>Julkaise pöytäkirja</source>
        <translation>Publish minutes</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Ohita valittu estävä kohta perustellen…</source>
        <translation>Override the selected blocking finding with a reason…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_view.py" line="-189"/>
        <source>Ei kokouksia. Luo uusi kokous.</source>
        <translation>No meetings. Create a new meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_documents.py" line="+124"/>
        <location filename="../../ui/meeting_feedback.py" line="+24"/>
        <location filename="../../ui/meeting_view.py" line="+109"/>
        <source>Päätöspaja</source>
        <translation>Päätöspaja</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Ohita perustellen</source>
        <translation>Override with a reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miksi asiakirjan saa julkaista tästä huolimatta?</source>
        <translation>Why may the document be published despite this?</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_view.py" line="+2"/>
        <source>Tämän toimielimen valmiita tai keskeneräisiä asioita ei ole esityslistojen ulkopuolella.</source>
        <translation>This body has no ready or unfinished items outside the agendas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(nimetön)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lisää asia esityslistalle</source>
        <translation>Add item to the agenda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asia:</source>
        <translation>Item:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Poistettu esityslistalta: %s</source>
        <translation>Removed from the agenda: %s</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Pöytäkirjan julkaisu lukitsee sen §-numerot pysyvästi. Jatketaanko?</source>
        <translation>Publishing the minutes locks their § numbers permanently. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_documents.py" line="-212"/>
        <source>Julkaisukelpoisuuden tarkistus</source>
        <extracomment>Runs a core action and reports a typed error to the user; whether it went through. The check&apos;s results were shown: the page holding them should be the one in view.</extracomment>
        <translation>Publishing check</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Avoin data (JSON)…</source>
        <translation>Open data (JSON)…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Tallenna asiakirja</source>
        <translation>Save document</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source>Word-asiakirja (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Viedään asiakirjaa…</source>
        <translation>Exporting document…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keskeytä</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tallennettu: %s</source>
        <translation>Saved: %s</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>✔ Ei huomautettavaa: julkaisuversion voi viedä.</source>
        <translation>✔ Nothing to remark: the publishing version can be exported.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (ohitettu: %s)</source>
        <translation> (overridden: %s)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Tallenna julkaisuversio</source>
        <translation>Save publishing version</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tehdään julkaisuversiota…</source>
        <translation>Making the publishing version…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kansio avoimen datan JSON-tiedostoille</source>
        <translation>Folder for the open data JSON files</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Viedään avointa dataa…</source>
        <translation>Exporting open data…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Julkaisuversiota ei tehty: korjaa estävät kohdat.</source>
        <translation>No publishing version was made: fix the blocking points.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s ja %s</source>
        <translation>%s and %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Julkaisuversio tallennettu: %s</source>
        <translation>Publishing version saved: %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF:ää ei tehty: %s</source>
        <translation>No PDF was made: %s</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_agenda.py" line="+26"/>
        <location filename="../../ui/meeting_view.py" line="-378"/>
        <source>Esityslista</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Järjestä vetämällä tai Ctrl+Nuoli ylös / Ctrl+Nuoli alas</source>
        <translation>Reorder by dragging or with Ctrl+Up arrow / Ctrl+Down arrow</translation>
    </message>
</context>
<context>
    <name>Moments</name>
    <message>
        <location filename="../../ui/moments.py" line="+22"/>
        <source>%s klo %s</source>
        <translation>%s at %s</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../ui/new_item_dialog.py" line="+32"/>
        <source>Uusi asia pohjasta</source>
        <translation>New item from template</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Pohja</source>
        <translation>&amp;Template</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Toimielin</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suomi</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ruotsi</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kieli</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Luo asia</source>
        <translation>Create item</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation type="vanished">Cancel</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../ui/meeting_new_dialog.py" line="+37"/>
        <source>Uusi kokous</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Toimielin</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Toimielin</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>d.M.yyyy &apos;klo&apos; H.mm</source>
        <translation>d.M.yyyy &apos;at&apos; H.mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alkaa</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alkaa</source>
        <translation>&amp;Starts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>esim. kunnantalo, valtuustosali</source>
        <translation>e.g. town hall, council chamber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paikka</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paikka</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pöytäkirjanpitäjä</source>
        <translation>Minute-taker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;öytäkirjanpitäjä</source>
        <translation>&amp;Minute-taker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pöytäkirjanpitäjän nimike</source>
        <translation>Minute-taker&apos;s title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>esim. hallintosihteeri</source>
        <translation>e.g. Administrative Secretary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pöytäkirjanpitäjän &amp;nimike</source>
        <translation>Minute-taker&apos;s &amp;title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lisää vakioasiat (avaus, laillisuus, tarkastajat, …)</source>
        <translation>Add standard items (opening, legality, minute checkers, …)</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/widgets.py" line="+117"/>
        <source>Kirjoita päivämäärä (p.k.vvvv) tai valitse kalenterista; Delete tyhjentää</source>
        <translation>Type the date (d.m.yyyy) or pick it from the calendar; Delete clears it</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../ui/item_editor.py" line="-477"/>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virkanimike</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puhelin</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sähköposti</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <location filename="../../ui/privacy_panel.py" line="-63"/>
        <source>henkilötunnus</source>
        <translation>personal identity code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tilinumero</source>
        <translation>account number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>puhelinnumero</source>
        <translation>phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sähköposti</source>
        <translation>email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>osoite</source>
        <translation>address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nimi</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>henkilötieto</source>
        <translation>personal data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>salassa pidettävä</source>
        <translation>confidential</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>otsikko</source>
        <translation>title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diaarinumero</source>
        <translation>record number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tehtäväluokka</source>
        <translation>task class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>liitteiden nimet</source>
        <translation>attachment names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asianosaiset</source>
        <translation>parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aikaisempi käsittely</source>
        <translation>earlier handling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tiedoksi</source>
        <translation>for information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>selostus</source>
        <translation>description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>perustelut</source>
        <translation>reasons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>päätösehdotus</source>
        <translation>proposed decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>päätös</source>
        <translation>decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>käsittely</source>
        <translation>handling</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Valitse tekstiä luonnoksesta ja merkitse se. Merkityt ja vahvistetut kohdat poistetaan verkkoon julkaistavasta versiosta.</source>
        <translation>Select text in the draft and mark it. Marked and confirmed passages are removed from the version published on the web.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Henkilötieto</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merkitse valittu teksti henkilötiedoksi (Ctrl+Shift+P)</source>
        <translation>Mark the selected text as personal data (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Salassa pidettävä…</source>
        <translation>Confidential…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merkinnät</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poista merkintä</source>
        <translation>Remove mark</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tunnistetut, vahvistamatta</source>
        <translation>Detected, unconfirmed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vahvista henkilötiedoksi</source>
        <translation>Confirm as personal data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ei henkilötieto</source>
        <translation>Not personal data</translation>
    </message>
    <message>
        <location line="+60"/>
        <source> (todennäköinen)</source>
        <translation> (likely)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tunnistetut, vahvistamatta: %d</source>
        <translation>Detected, unconfirmed: %d</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Valitse ensin merkittävä teksti luonnoksesta.</source>
        <translation>First select the text to mark in the draft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Salassapitoperuste</source>
        <translation>Grounds for confidentiality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salassapitoperuste, esim. JulkL 24 § 1 mom 25 k:</source>
        <translation>Grounds for confidentiality, e.g. Openness Act s. 24(1)(25):</translation>
    </message>
    <message>
        <source>Miksi tämä ei ole henkilötieto? (valinnainen)</source>
        <translation type="vanished">Why is this not personal data? (optional)</translation>
    </message>
</context>
<context>
    <name>SampleActions</name>
    <message>
        <location filename="../../ui/sample_actions.py" line="+42"/>
        <source>Työtilassa ei ole esimerkkipäätöksiä.</source>
        <translation>The workspace has no sample decisions.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Poistetaanko ohjelman mukana tulleet esimerkkipäätökset arkistosta ja hausta? Kunnan omat päätökset ja luonnokset säilyvät. Esimerkkejä voi edelleen kokeilla esimerkkityötilassa (Ohje → Avaa esimerkkityötila).</source>
        <translation>Remove the sample decisions that came with the program from the archive and the search? The municipality&apos;s own decisions and drafts are kept. You can still try the samples in the sample workspace (Help → Open sample workspace).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Poista esimerkit</source>
        <translation>Remove samples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Älä poista</source>
        <translation>Don&apos;t remove</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Esimerkkipäätökset poistettiin: %d</source>
        <translation>Sample decisions removed: %d</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Esimerkkityötila</source>
        <translation>Sample workspace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esimerkkityötilan ikkunaa ei voitu avata (%s).</source>
        <translation>The sample workspace window could not be opened (%s).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Esimerkkityötila avautuu omaan ikkunaansa: %s</source>
        <translation>The sample workspace opens in a window of its own: %s</translation>
    </message>
</context>
<context>
    <name>SaveController</name>
    <message>
        <location filename="../../ui/save_controller.py" line="+126"/>
        <source>Muutoksia ei ole vielä tallennettu…</source>
        <extracomment>Milliseconds from the first unsaved edit to its save: well inside the 2 s promise even while the secretary keeps typing (the timer is not restarted by further keystrokes). Seconds a save before leaving an item or closing may take before &quot;Tallennetaan…&quot; shows. The item as stored after a write (for the list and the history).</extracomment>
        <translation>Changes not saved yet…</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+78"/>
        <source>Tallennetaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Päätöspaja</source>
        <translation>Päätöspaja</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Tallennettu klo %s – mukana toisaalla tehdyt muutokset: %s</source>
        <translation>Saved at %s – including changes made elsewhere: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tallennettu klo %s</source>
        <translation>Saved at %s</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ei tallennettu: %s Teksti on tallessa ikkunassa; yritetään uudelleen.</source>
        <translation>Not saved: %s Your text is kept in the window; trying again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asian %s muutoksia ei ole tallennettu: %s Yritetään uudelleen.</source>
        <translation>The changes to item %s have not been saved: %s Trying again.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ei tallennettu: asiaa muutettiin toisaalla. Valitse, kumpi versio jää (Tallenna nyt, Ctrl+S).</source>
        <translation>Not saved: the item was changed elsewhere. Choose which version to keep (Save now, Ctrl+S).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Toisaalla tallennettu versio otettiin käyttöön.</source>
        <translation>Now using the version saved elsewhere.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search_panel.py" line="+135"/>
        <source>päiväys puuttuu</source>
        <translation>date missing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lähde: %s</source>
        <translation>source: %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(ei otsikkoa)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Perusmuoto riittää: &lt;i&gt;päätös&lt;/i&gt; löytää myös &lt;i&gt;päätöksen&lt;/i&gt;.</source>
        <translation>The base form is enough: &lt;i&gt;päätös&lt;/i&gt; also finds &lt;i&gt;päätöksen&lt;/i&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yhdyssanan osa löytyy: &lt;i&gt;kaava&lt;/i&gt; löytää &lt;i&gt;asemakaavan&lt;/i&gt;.</source>
        <translation>Parts of compounds are found: &lt;i&gt;kaava&lt;/i&gt; finds &lt;i&gt;asemakaavan&lt;/i&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lainausmerkit hakevat fraasia: &lt;i&gt;&quot;tontin myynti&quot;&lt;/i&gt;.</source>
        <translation>Quotes search for a phrase: &lt;i&gt;&quot;tontin myynti&quot;&lt;/i&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AND, OR ja NOT yhdistävät: &lt;i&gt;kaava NOT asemakaava&lt;/i&gt;.</source>
        <translation>AND, OR and NOT combine: &lt;i&gt;kaava NOT asemakaava&lt;/i&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;i&gt;title:kaava&lt;/i&gt; hakee otsikoista, &lt;i&gt;body:&lt;/i&gt; toimielimestä.</source>
        <translation>&lt;i&gt;title:kaava&lt;/i&gt; searches the titles, &lt;i&gt;body:&lt;/i&gt; the deciding body.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;i&gt;body:kunnanhallitus&lt;/i&gt;, &lt;i&gt;type:viranhaltija&lt;/i&gt; ja &lt;i&gt;pvm:2024&lt;/i&gt; rajaavat tuloksia.</source>
        <translation>&lt;i&gt;body:kunnanhallitus&lt;/i&gt;, &lt;i&gt;type:viranhaltija&lt;/i&gt; and &lt;i&gt;pvm:2024&lt;/i&gt; narrow the results.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ilman ä:tä ja ö:tä tai kirjoitusvirheen kanssakin löytyy: &lt;i&gt;paivakoti&lt;/i&gt; löytää &lt;i&gt;päiväkodin&lt;/i&gt;.</source>
        <translation>Found even without ä and ö or with a typo: &lt;i&gt;paivakoti&lt;/i&gt; finds &lt;i&gt;päiväkoti&lt;/i&gt;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nuoli alas siirtää tuloksiin, Enter esikatseluun.</source>
        <translation>Down arrow moves to the results, Enter to the preview.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Haku aiemmista päätöksistä</source>
        <translation>Searching earlier decisions</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Hae aiemmista päätöksistä, esim. kiinteistöveroprosentti, &quot;tontin myynti&quot;, title:kaava body:kunnanhallitus</source>
        <translation>Search earlier decisions, e.g. kiinteistöveroprosentti, &quot;tontin myynti&quot;, title:kaava body:kunnanhallitus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hakulauseke</source>
        <translation>Search query</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kaikki toimielimet</source>
        <translation>All bodies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kaikki asiakirjatyypit</source>
        <translation>All document types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kaikki tehtäväluokat</source>
        <translation>All task classes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alkaen: kaikki</source>
        <translation>from: all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asti: kaikki</source>
        <translation>to: all</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Osuvin ensin</source>
        <translation>Best match first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uusin ensin</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tyhjennä &amp;rajaukset</source>
        <translation>Clear &amp;filters</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Näytä lisää</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hakutulokset</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Päätöksen esikatselu</source>
        <translation>Decision preview</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Selostus</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perustelut</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Päätösehdotus</source>
        <translation>Proposed decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Päätös</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ko&amp;pioi luonnokseen</source>
        <translation>Co&amp;py into the draft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Uusi &amp;luonnos tämän pohjalta</source>
        <translation>New draft &amp;like this</translation>
    </message>
    <message>
        <source>&amp;Kopioi luonnokseen</source>
        <translation type="vanished">&amp;Copy to draft</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Kopioi esikatselussa valittu teksti (tai koko päätös) avoimen asian valittuun osaan</source>
        <translation>Copy the text selected in the preview (or the whole decision) into the chosen part of the open item</translation>
    </message>
    <message>
        <source>&amp;Uusi luonnos tämän pohjalta</source>
        <translation type="vanished">&amp;New draft based on this</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Osaan:</source>
        <translation>Into part:</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Haetaan…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%d%s osumaa</source>
        <translation>%d%s hits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>näytetään %d osuvinta</source>
        <translation>showing the %d best</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rajaukset ovat käytössä</source>
        <translation>filters are on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tarkista kirjoitusasu tai kokeile lyhyempää hakua</source>
        <translation>check the spelling or try a shorter search</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>alkupäivä on loppupäivän jälkeen</source>
        <translation>the start date is after the end date</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tarkoititko: %s</source>
        <translation>Did you mean: %s</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Haku epäonnistui: %s</source>
        <translation>Search failed: %s</translation>
    </message>
    <message>
        <location filename="../../ui/search_origin.py" line="+37"/>
        <source>Päätöksen lähde</source>
        <translation>Source of the decision</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lähde: %s</source>
        <translation>Source: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avaa lähteessä</source>
        <translation>Open at the source</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+95"/>
        <source>Kunnan tiedot</source>
        <translation>Municipality details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kunta</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kunta ruotsiksi</source>
        <translation>Municipality name in Swedish</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kirjaamon postiosoite, käyntiosoite, sähköposti ja aukioloaika: muutoksenhakuohjeisiin</source>
        <translation>Registry office postal address, visiting address, email and opening hours: for the appeal instructions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ki&amp;rjaamo</source>
        <translation>&amp;Registry office</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>(ei valittu: ohjeissa lukee vain ”Hallinto-oikeus”)</source>
        <translation>(not chosen: the instructions say only “Administrative court”)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hallinto-oikeus, jonka nimi ja osoite tulevat valitusosoituksiin</source>
        <translation>The administrative court named with its address in the appeal instructions</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Valitse tiedosto: %s</source>
        <translation>Choose file: %s</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Hallinto-oikeus</source>
        <translation>Administrative &amp;court</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>esim. esimerkkila.fi, edu.esimerkkila.fi</source>
        <translation>e.g. esimerkkila.fi, edu.esimerkkila.fi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kunnan sähköpostidomainit</source>
        <translation>Municipal email domains</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oletustalotyyli</source>
        <translation>default house style</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Talotyyli (.docx/.dotx)</source>
        <translation>House &amp;style (.docx/.dotx)</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Word-pohja (*.docx *.dotx)</source>
        <translation>Word template (*.docx *.dotx)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>oletusvaakuna</source>
        <translation>default coat of arms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Kuvat (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Valitse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Valitse tiedosto</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Talotyyli</source>
        <translation>House style</translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <location filename="../../ui/similar_panel.py" line="+30"/>
        <source>Kirjoita otsikko ja päätösehdotus: tähän tulevat samankaltaiset aiemmat päätökset.</source>
        <translation>Write the title and proposed decision: similar earlier decisions appear here.</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../ui/source_form.py" line="+41"/>
        <source>Kansio / verkkolevy</source>
        <translation>Folder / network drive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Lines -osoite</source>
        <translation>JSON Lines address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoin päätösrajapinta (6Aika)</source>
        <translation>Open Decision API (6Aika)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OParl</source>
        <translation>OParl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ei tunnistautumista</source>
        <translation>No authentication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Käyttäjätunnus ja salasana</source>
        <translation>User name and password</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+199"/>
        <source>API-avain</source>
        <translation>API key</translation>
    </message>
    <message>
        <location line="-198"/>
        <location line="+201"/>
        <source>Bearer-tunniste</source>
        <translation>Bearer token</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>esim. \\palvelin\paatokset tai C:\Päätökset</source>
        <translation>e.g. \\server\decisions or C:\Decisions</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Muokkaa lähdettä</source>
        <extracomment>what ``save`` answered (where the secret was kept), once accepted</extracomment>
        <translation>Edit source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uusi lähde</source>
        <translation>New source</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lähteen nimi</source>
        <translation>Source name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>esim. kunnanhallitus</source>
        <translation>e.g. municipal board</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nimi</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lähteen laji</source>
        <translation>Source type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Laji</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lähteen sijainti</source>
        <translation>Source location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valitse kans&amp;io…</source>
        <translation>Choose &amp;folder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+174"/>
        <source>Valitse lähteen kansio</source>
        <translation>Choose the source&apos;s folder</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>&amp;Sijainti</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tunnistautuminen</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;unnistautuminen</source>
        <translation>&amp;Authentication</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Käyttäjätunnus</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Käyttäjätunnus</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+103"/>
        <source>Salasana</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+102"/>
        <source>&amp;Poista salasana</source>
        <translation>&amp;Remove password</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+94"/>
        <source>Salas&amp;ana</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>&amp;Tallenna</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Tunnus: %s</source>
        <translation>Key: %s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>API-&amp;avain</source>
        <translation>API &amp;key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Poista API-avain</source>
        <translation>&amp;Remove API key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tunnist&amp;e</source>
        <translation>T&amp;oken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Poista tunniste</source>
        <translation>&amp;Remove token</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Poistetaan, kun tallennat.</source>
        <translation>Removed when you save.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tallennettu tämän istunnon ajaksi</source>
        <translation>stored for this session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tallennettu salasanasäilöön</source>
        <translation>stored in the keyring</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kirjoita uusi vain, jos haluat vaihtaa sen.</source>
        <translation>Type a new one only if you want to change it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uusi korvaa tallennetun, kun tallennat.</source>
        <translation>The new one replaces the stored one when you save.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ei tallennettu</source>
        <translation>not stored</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tallennetaan käyttöjärjestelmän salasanasäilöön, ei työtilaan.</source>
        <translation>Stored in the operating system&apos;s keyring, not in the workspace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Säilytetään vain tämän istunnon ajan.</source>
        <translation>Kept for this session only.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Anna lähteelle nimi.</source>
        <translation>Give the source a name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anna käyttäjätunnus.</source>
        <translation>Enter the user name.</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../ui/sources_dialog.py" line="+66"/>
        <location line="+43"/>
        <source>Lähteet</source>
        <extracomment>A connection test is one request: it answers within this or says the source is slow.</extracomment>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Arkisto pysyy ajan tasalla näistä lähteistä: kansiot luetaan uudelleen ja verkkolähteet haetaan, kun Päätöspaja käynnistyy, ja aina kun valitset Synkronoi nyt. Jos lähde ei vastaa, arkisto pysyy ennallaan.</source>
        <translation>The archive is kept up to date from these sources: folders are read again and web sources fetched when Päätöspaja starts and whenever you choose Sync now. If a source does not answer, the archive stays as it was.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laji</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sijainti</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viimeksi päivitetty</source>
        <translation>Last updated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tulos</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Lisää…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Muokkaa…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Poista lähde…</source>
        <translation>&amp;Remove source…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Testaa yhteys</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Synkronoi nyt</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synkronoi &amp;kaikki</source>
        <translation>Sync a&amp;ll</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keskeytä synkronointi</source>
        <translation>Cancel sync</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <source>Lähteistä poistuneet päätökset</source>
        <translation>Decisions gone from the sources</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Nämä päätökset ovat yhä arkistossa, vaikka lähde ei enää tarjoa niitä. Poista ne arkistosta vain, jos lähde on poistanut ne tarkoituksella; Säilytä pitää ne arkistossa ilman yhteyttä lähteeseen.</source>
        <translation>These decisions are still in the archive although the source no longer offers them. Remove them from the archive only if the source removed them on purpose; Keep keeps them in the archive without a link to the source.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lähde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Päätös</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Huomattu</source>
        <translation>Noticed</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Poista &amp;arkistosta…</source>
        <translation>Remove from ar&amp;chive…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Säil&amp;ytä</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Sulje</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>ei vielä</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Viimeisin yritys epäonnistui</source>
        <translation>The last attempt failed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>uusia %d, muuttuneita %d</source>
        <translation>new %d, changed %d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, ohitettuja %d</source>
        <translation>, skipped %d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, lähteestä poistuneita %d</source>
        <translation>, gone from the source %d</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>uusia %d, muuttuneita %d, ennallaan %d, ohitettuja %d</source>
        <translation>new %d, changed %d, unchanged %d, skipped %d</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Poistetaanko valitut päätökset (%d) arkistosta? Lähde ei enää tarjoa niitä. Poistettuja päätöksiä ei löydy enää haulla.</source>
        <translation>Remove the selected decisions (%d) from the archive? The source no longer offers them. Removed decisions can no longer be found by search.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Arkistosta poistettuja päätöksiä: %d.</source>
        <translation>Decisions removed from the archive: %d.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Arkistoon säilytettyjä päätöksiä: %d.</source>
        <translation>Decisions kept in the archive: %d.</translation>
    </message>
    <message>
        <source>%d uutta, %d muuttunut</source>
        <translation type="vanished">%d new, %d changed</translation>
    </message>
    <message>
        <source>, %d ohitettu</source>
        <translation type="vanished">, %d skipped</translation>
    </message>
    <message>
        <source>, %d poistunut lähteestä</source>
        <translation type="vanished">, %d gone from the source</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Ei lähteitä. Lisää kansio, verkkolevy tai päätösrajapinta: Lisää…</source>
        <translation>No sources. Add a folder, network drive or decision API: Add…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Viimeisin onnistunut synkronointi %s: %s</source>
        <translation>Last successful sync %s: %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ei vielä synkronoitu.</source>
        <translation>Not synced yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Viimeisin yritys %s: %s</source>
        <translation>Last attempt %s: %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Salasanaa, avainta tai tunnistetta ei ole tallennettu.</source>
        <translation>No password, key or token is stored.</translation>
    </message>
    <message>
        <source>%d uutta, %d muuttunut, %d ennallaan, %d ohitettu</source>
        <translation type="vanished">%d new, %d changed, %d unchanged, %d skipped</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Lähde %s tallennettiin. Salasana säilyy vain tämän istunnon ajan.</source>
        <translation>Source %s saved. The password is kept for this session only.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lähde %s tallennettiin.</source>
        <translation>Source %s saved.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Poistetaanko lähde %s? Siitä jo saadut päätökset jäävät arkistoon; lähteen salasana poistetaan salasanasäilöstä.</source>
        <translation>Remove source %s? Decisions already received from it stay in the archive; the source&apos;s password is removed from the keyring.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Poista lähde</source>
        <translation>Remove source</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>Älä poista</source>
        <translation>Don&apos;t remove</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Lähde %s poistettiin.</source>
        <translation>Source %s removed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Testataan yhteyttä lähteeseen %s…</source>
        <translation>Testing the connection to source %s…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Synkronointi on jo käynnissä.</source>
        <translation>A sync is already running.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synkronoidaan…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Synkronoidaan lähdettä %s (%d/%d)…</source>
        <translation>Syncing source %s (%d/%d)…</translation>
    </message>
    <message>
        <source>Poistetaanko %d päätöstä arkistosta? Lähde ei enää tarjoa niitä. Poistettuja päätöksiä ei löydy enää haulla.</source>
        <translation type="vanished">Remove the selected decisions (%d) from the archive? The source no longer offers them. Removed decisions can no longer be found by searching.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Poista arkistosta</source>
        <translation>Remove from archive</translation>
    </message>
    <message>
        <source>Arkistosta poistettiin %d päätöstä.</source>
        <translation type="vanished">Decisions removed from the archive: %d.</translation>
    </message>
    <message>
        <source>%d päätöstä säilytetään arkistossa.</source>
        <translation type="vanished">Decisions kept in the archive: %d.</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <location filename="../../ui/sync_runner.py" line="+191"/>
        <source>Lähteitä synkronoidaan…</source>
        <extracomment>this run&apos;s own sentence for a source&apos;s last failure (the workspace keeps a code)</extracomment>
        <translation>Syncing sources…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keskeytetään… jo saadut päätökset säilyvät.</source>
        <translation>Cancelling… decisions already received are kept.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Synkronoidaan lähdettä %s…</source>
        <translation>Syncing source %s…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Lähteiden synkronointi epäonnistui.</source>
        <translation>Syncing the sources failed.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Lähteet päivitetty: uusia %d, muuttuneita %d</source>
        <translation>Sources updated: new %d, changed %d</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lähteestä poistuneita päätöksiä: %d (Tiedosto → Lähteet)</source>
        <translation>Decisions gone from the source: %d (File → Sources)</translation>
    </message>
    <message>
        <source>Synkronointi keskeytettiin — jo saadut päätökset säilyivät.</source>
        <translation type="vanished">Sync cancelled — decisions already received were kept.</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+36"/>
        <source>Synkronointi keskeytettiin — jo saadut päätökset säilyivät</source>
        <translation>Sync cancelled — decisions already received were kept</translation>
    </message>
    <message>
        <source>Lähteet päivitetty: %d uutta, %d muuttunut</source>
        <translation type="vanished">Sources updated: %d new, %d changed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lähteet ajan tasalla</source>
        <translation>Sources up to date</translation>
    </message>
    <message>
        <source>%d päätöstä poistunut lähteestä (Tiedosto → Lähteet)</source>
        <translation type="vanished">Decisions gone from the source: %d (File → Sources)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lähteen %s salasana puuttuu (Tiedosto → Lähteet)</source>
        <translation>Password for source %s missing (File → Sources)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lähde %s ei hyväksynyt tunnuksia — arkisto ennallaan</source>
        <translation>Source %s did not accept the credentials — archive unchanged</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lähdettä %s ei tavoitettu — arkisto ennallaan</source>
        <translation>Source %s could not be reached — archive unchanged</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location line="-259"/>
        <source>Lähteiden synkronoinnin tila</source>
        <extracomment>How long after the window is shown the start-up sync begins: the window paints, the index check starts and the user can type before any source is asked for anything.</extracomment>
        <translation>Source sync status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synkronoinnin edistyminen</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keskeytä synkronointi</source>
        <translation>Cancel sync</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="-189"/>
        <location line="+170"/>
        <source>Tervetuloa Päätöspajaan</source>
        <translation>Welcome to Päätöspaja</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Kerro aluksi kunnan ja omat tietosi. Ne tulevat asiakirjoihin ja uusien luonnosten ja kokousten oletuksiksi. Voit ohittaa tämän ja muuttaa tietoja myöhemmin kohdassa Tiedosto → Kunnan tiedot.</source>
        <translation>First tell us about the municipality and yourself. The details go into the documents and become the defaults for new drafts and meetings. You can skip this and change the details later under File → Municipality details.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kunta</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kunnan nimi suomeksi</source>
        <translation>Municipality name in Finnish</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>esim. Kuusiniemen kunta</source>
        <translation>e.g. Kuusiniemen kunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kunta</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kunnan nimi ruotsiksi</source>
        <translation>Municipality name in Swedish</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kunta &amp;ruotsiksi</source>
        <translation>Name in &amp;Swedish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oletusvaakuna</source>
        <translation>default coat of arms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talotyyli (.docx)</source>
        <translation>House style (.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oletustalotyyli</source>
        <translation>default house style</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Talotyyli (.docx)</source>
        <translation>&amp;House style (.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hallinto-oikeus</source>
        <translation>Administrative court</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hallinto-oikeus</source>
        <translation>Administrative &amp;court</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sinä</source>
        <translation>You</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oma nimi</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>esim. Maija Meikäläinen</source>
        <translation>e.g. Jane Smith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nimi</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oma nimike</source>
        <translation>Your title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>esim. hallintosihteeri</source>
        <translation>e.g. Administrative Secretary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;imike</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uusien luonnosten valmistelijaksi ja uusien kokousten pöytäkirjanpitäjäksi. Tallentuu vain tälle käyttäjälle, ei yhteiseen työtilaan.</source>
        <translation>Used as the preparer of new drafts and the minute-taker of new meetings. Saved for this user only, not in the shared workspace.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tuo aiemmat päätökset…</source>
        <translation>Import earlier decisions…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Työtilassa on kokeilua varten esimerkkipäätöksiä. Kun tuot kunnan omat päätökset, esimerkit poistuvat. Tuonti alkaa, kun suljet tämän ikkunan.</source>
        <translation>The workspace has sample decisions to try things with. When you import the municipality&apos;s own decisions, the samples are removed. The import starts when you close this window.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tuotavat päätökset</source>
        <translation>Decisions to import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ei tuoda nyt</source>
        <translation>not importing now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valitse k&amp;ansio…</source>
        <translation>Choose &amp;folder…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valitse &amp;JSON Lines -tiedosto…</source>
        <translation>Choose &amp;JSON Lines file…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Valmis</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ohita</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Tuo päätökset kansiosta</source>
        <translation>Import decisions from folder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tuo päätökset tiedostosta</source>
        <translation>Import decisions from file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON Lines (*.jsonl *.ndjson)</source>
        <translation>JSON Lines (*.jsonl *.ndjson)</translation>
    </message>
</context>
<context>
    <name>diff</name>
    <message>
        <location filename="../../ui/diff_html.py" line="+31"/>
        <source>+ lisätty teksti on alleviivattu (vihreä), − poistettu teksti yliviivattu (punainen).</source>
        <translation>+ added text is underlined (green), − removed text is struck through (red).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Julkinen asia</source>
        <translation>Public item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ei julkinen</source>
        <translation>Not public</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>suomi</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ruotsi</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(ei julkinen)</source>
        <translation>(not public)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Sanat ovat samat; muuttunut on esimerkiksi muotoilu.</source>
        <translation>The words are the same; what changed is, for example, the formatting.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ei muutoksia edelliseen versioon.</source>
        <translation>No changes since the previous version.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="+18"/>
        <source>Luonnos</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valmis esiteltäväksi</source>
        <translation>Ready for presentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esityslistalla</source>
        <translation>On the agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Päätetty</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Oikaisuvaatimus (14 pv)</source>
        <translation>Request for rectification (14 days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kunnallisvalitus (30 pv)</source>
        <translation>Municipal appeal (30 days)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hallintovalitus</source>
        <translation>Administrative appeal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hankintaoikaisu ja valitus markkinaoikeuteen (14 pv)</source>
        <translation>Procurement correction and appeal to the Market Court (14 days)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ei muutoksenhakua (KuntaL 136 §)</source>
        <translation>No appeal (Local Government Act, s. 136)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tavallinen päätös</source>
        <translation>Ordinary decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hankintapäätös</source>
        <translation>Procurement decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erityislain mukainen päätös</source>
        <translation>Decision under a special law</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Päätös oikaisuvaatimukseen</source>
        <translation>Decision on a request for correction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vain valmistelu tai täytäntöönpano</source>
        <translation>Preparation or implementation only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tiedoksi merkitseminen</source>
        <translation>Noted for information</translation>
    </message>
    <message>
        <source>Valtuusto</source>
        <translation type="vanished">Council</translation>
    </message>
    <message>
        <source>Hallitus</source>
        <translation type="vanished">Executive board</translation>
    </message>
    <message>
        <source>Lautakunta</source>
        <translation type="vanished">Committee</translation>
    </message>
    <message>
        <source>Jaosto</source>
        <translation type="vanished">Subcommittee</translation>
    </message>
    <message>
        <source>Viranhaltija</source>
        <translation type="vanished">Office holder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selostus</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perustelut</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Päätösehdotus</source>
        <translation>Proposed decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Päätös</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Käsittely</source>
        <translation>Proceedings</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Otsikko</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toimielin</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asiapohja</source>
        <translation>Item template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kieli</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dno</source>
        <translation>Record no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tehtäväluokka</source>
        <translation>Task class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aikaisempi käsittely</source>
        <translation>Earlier handling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valmistelija</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lisätiedot antaa</source>
        <translation>Contact for information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esittelijä</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asianosaiset</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Päätöspäivä</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liitteet</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiedoksi</source>
        <translation>For information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muutoksenhaku</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Päätöksen laji</source>
        <translation>Kind of decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erityislaki</source>
        <translation>Special law</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muutoksenhaun perustelu</source>
        <translation>Reason for the appeal route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esteellisyydet</source>
        <translation>Disqualifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Julkisuus</source>
        <translation>Public access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salassapitoperuste</source>
        <translation>Grounds for confidentiality</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../ui/widgets.py" line="-31"/>
        <source>Peruuta</source>
        <extracomment>Banner colours (background, text, border): all pass WCAG AA contrast for their text.</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
