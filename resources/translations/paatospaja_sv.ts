<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI" sourcelanguage="fi_FI">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+63"/>
        <source>Työtilan on avannut %1 koneella %2 (%3). Jos tuo kone ei enää käytä työtilaa (ohjelma on suljettu tai kone sammunut), voit ottaa työtilan käyttöön tällä koneella. Jos kaksi konetta kirjoittaa samaan työtilaan, tietoja voi kadota.</source>
        <translation>%1 har öppnat arbetsytan på datorn %2 (%3). Om den datorn inte längre använder arbetsytan (programmet har stängts eller datorn har stängts av) kan du ta över arbetsytan på den här datorn. Om två datorer skriver i samma arbetsyta kan uppgifter gå förlorade.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ota käyttöön tällä koneella</source>
        <translation>Ta över på den här datorn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avaa vain luku -tilassa</source>
        <translation>Öppna i skrivskyddat läge</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../ui/attachment_list.py" line="+42"/>
        <source>Liitteen nimi</source>
        <translation>Bilagans namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tiedosto</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Julkinen</source>
        <translation>Offentlig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liitteet</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lisää tiedostoja…</source>
        <translation>Lägg till filer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lisää nimi</source>
        <translation>Lägg till namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liite, jonka tiedosto ei ole tällä koneella</source>
        <translation>En bilaga vars fil inte finns på den här datorn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poista</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ylös</source>
        <translation>Upp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alas</source>
        <translation>Ned</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Valitse liitteet</source>
        <translation>Välj bilagor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asiakirjat (*.docx *.pdf *.odt *.xlsx *.txt);;Kaikki tiedostot (*)</source>
        <translation>Dokument (*.docx *.pdf *.odt *.xlsx *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Ei julkinen: jätetään pois verkkoon julkaistavasta versiosta</source>
        <translation>Inte offentlig: utelämnas ur versionen som publiceras på webben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ei tiedostoa: liite mainitaan vain nimeltä</source>
        <translation>Ingen fil: bilagan nämns endast vid namn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tiedostoa ei löydy: {path}</source>
        <translation>Filen hittas inte: {path}</translation>
    </message>
</context>
<context>
    <name>CompletenessPanel</name>
    <message>
        <location filename="../../ui/completeness_panel.py" line="+34"/>
        <source>Ei avointa asiaa.</source>
        <translation>Inget ärende är öppet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ Hallintolain 44 §:n ja 45 §:n osat ovat mukana.</source>
        <translation>✔ De delar som förvaltningslagen 44 § och 45 § kräver finns med.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Päätöksestä puuttuu vielä yksi pakollinen kohta.</source>
        <translation>Beslutet saknar ännu en obligatorisk del.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Päätöksestä puuttuu vielä %d pakollista kohtaa.</source>
        <translation>Beslutet saknar ännu %d obligatoriska delar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Huomautuksia, ei esteitä.</source>
        <translation>Anmärkningar, men inga hinder.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="+65"/>
        <source>Asiaa muutettiin toisaalla</source>
        <extracomment>The screen the dialog must fit: a common municipal laptop (1366×768) less the taskbar.</extracomment>
        <translation>Ärendet har ändrats på annat håll</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Vasemmalla on oma tekstisi, oikealla toisaalla tallennettu. Alleviivattu ja +-merkitty teksti on vain siinä versiossa.</source>
        <translation>Till vänster finns din egen text, till höger den som sparats på annat håll. Understruken text som är markerad med + finns bara i den versionen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Kopioi oma tekstini leikepöydälle</source>
        <translation>&amp;Kopiera min text till urklipp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kopioi oma tekstini leikepöydälle</source>
        <translation>Kopiera min text till urklipp</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Säilytä omat muutokseni</source>
        <translation>&amp;Behåll mina ändringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Säilytä omat muutokseni</source>
        <translation>Behåll mina ändringar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ota toinen versio</source>
        <translation>&amp;Ta den andra versionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ota toinen versio</source>
        <translation>Ta den andra versionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Päätä &amp;myöhemmin</source>
        <translation>Bestäm &amp;senare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Päätä myöhemmin</source>
        <translation>Bestäm senare</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 tallensi sen %2.</source>
        <translation>%1 sparade det den %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toinen muutos tallennettiin %1.</source>
        <translation>Den andra ändringen sparades den %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Muutoksen tallensi %1.</source>
        <translation>Ändringen sparades av %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asiaa muutettiin toisaalla (toisessa ikkunassa tai komentoriviltä) sillä aikaa, kun kirjoitit.</source>
        <translation>Ärendet ändrades på annat håll (i ett annat fönster eller från kommandoraden) medan du skrev.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samat kohdat muuttuivat kummassakin: %1.</source>
        <translation>Samma delar ändrades i båda: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mitään ei ole vielä tallennettu. Valitse, kumpi teksti jää voimaan. Jos haluat yhdistää ne käsin, kopioi ensin oma tekstisi leikepöydälle.</source>
        <translation>Ingenting har sparats ännu. Välj vilken text som ska gälla. Om du vill sammanfoga dem för hand ska du först kopiera din egen text till urklipp.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Oma tekstisi</source>
        <translation>Din text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toisaalla tallennettu</source>
        <translation>Sparad på annat håll</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(tyhjä)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Oma tekstisi on nyt leikepöydällä.</source>
        <translation>Din text finns nu i urklipp.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/meeting_decision_dialog.py" line="+35"/>
        <source>Päätöksen kirjaaminen: %s</source>
        <translation>Anteckna beslut: %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saapumiset ja poistumiset, rivi kerrallaan: + Nimi 18.20 / - Nimi 19.05</source>
        <translation>Ankomster och avgångar, en per rad: + Namn 18.20 / - Namn 19.05</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saapumiset ja poistumiset</source>
        <translation>Ankomster och avgångar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Päätös</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Päätös</source>
        <translation>&amp;Beslut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Päätöksen sanamuoto, jos se poikkeaa ehdotuksesta (muutettu, pöydälle, …)</source>
        <translation>Beslutets ordalydelse om det avviker från förslaget (ändrat, bordlagt, …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Päätösteksti</source>
        <translation>Beslutstext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vastaehdotukset, kannatukset ja muut vaiheet</source>
        <translation>Motförslag, understöd och övriga skeden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Käsittely</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Käsittely</source>
        <translation>Be&amp;handling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Äänestys (jos äänestettiin)</source>
        <translation>Omröstning (om det röstades)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>esim. JAA: esittelijän ehdotus, EI: jäsenen vastaehdotus</source>
        <translation>t.ex. JA: föredragandens förslag, NEJ: ledamotens motförslag</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Äänestysesitys</source>
        <translation>Omröstningsproposition</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nimet pilkuin eroteltuina</source>
        <translation>namn åtskilda med kommatecken</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Esteelliset</source>
        <translation>Jäviga</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>JAA</source>
        <translation>JA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EI</source>
        <translation>NEJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TYHJÄÄ</source>
        <translation>BLANKT</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Tulos</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Esteellisyys (Hallintolaki 28 §)</source>
        <translation>Jäv (förvaltningslagen 28 §)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Esteellinen henkilö</source>
        <translation>Jävig person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Esteellisyyden peruste</source>
        <translation>Grund för jäv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lisää</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Saapumiset ja poistumiset, rivi kerrallaan: + Nimi klo 18.20 / - Nimi klo 19.05</source>
        <translation type="vanished">Ankomster och avgångar, en per rad: + Namn kl. 18.20 / - Namn kl. 19.05</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <location filename="../../ui/privacy_panel.py" line="+101"/>
        <source>Ei henkilötieto</source>
        <translation>Inte en personuppgift</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Miksi tämä ei ole henkilötieto? (valinnainen)</source>
        <translation>Varför är detta inte en personuppgift? (valfritt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kaikki tämän tekstin esiintymät tässä asiassa</source>
        <translation>Alla förekomster av denna text i ärendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Oletuksena vain valittu kohta hylätään; sama teksti muualla tarkistetaan erikseen.</source>
        <translation>Som standard avfärdas endast det valda stället; samma text på andra ställen granskas separat.</translation>
    </message>
</context>
<context>
    <name>DraftList</name>
    <message>
        <location filename="../../ui/draft_list.py" line="+303"/>
        <source>Uusi asia pohjasta…</source>
        <translation>Nytt ärende från mall…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suodata toimielimen mukaan</source>
        <translation>Filtrera enligt organ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suodata tilan mukaan</source>
        <translation>Filtrera enligt status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kaikki tilat</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Ei luonnoksia näillä rajauksilla.</source>
        <translation>Inga utkast med dessa avgränsningar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ei vielä luonnoksia — aloita Uusi asia pohjasta (%1) tai hae aiemmista päätöksistä (%2) ja tee niistä luonnos.</source>
        <translation>Inga utkast ännu — börja med Nytt ärende från mall (%1) eller sök i tidigare beslut (%2) och gör ett utkast utifrån dem.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kaikki toimielimet</source>
        <translation>Alla organ</translation>
    </message>
</context>
<context>
    <name>DraftListModel</name>
    <message>
        <location line="-282"/>
        <source>Otsikko</source>
        <extracomment>Rows read at a time: a few screens&apos; worth, so scrolling rarely waits for the next page. Reads ``limit`` summaries from ``offset`` of the list&apos;s query (newest first).</extracomment>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toimielin</source>
        <translation>Organ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muokattu</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>(nimetön asia)</source>
        <translation>(ärende utan rubrik)</translation>
    </message>
</context>
<context>
    <name>FormattingActions</name>
    <message>
        <location filename="../../ui/rich_text_edit.py" line="+133"/>
        <source>Leipäteksti</source>
        <translation>Brödtext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otsikko 1</source>
        <translation>Rubrik 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otsikko 2</source>
        <translation>Rubrik 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otsikko 3</source>
        <translation>Rubrik 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lihavointi</source>
        <translation>Fetstil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kursiivi</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleviivaus</source>
        <translation>Understrykning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luettelo</source>
        <translation>Punktlista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numeroitu luettelo</source>
        <translation>Numrerad lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lisää taulukko</source>
        <translation>Infoga tabell</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/history_panel.py" line="+41"/>
        <location line="+128"/>
        <source>(nimetön asia)</source>
        <extracomment>How many changed parts a row names before it says &quot;and N more&quot;; the tooltip names all.</extracomment>
        <translation>(ärende utan rubrik)</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Versio säilyy, kun tallennat, kun asian tila muuttuu, kun asia lisätään esityslistalle, kun päätös kirjataan ja kun pidät tauon kirjoittamisessa. Valitse versio nähdäksesi, mitä siinä muuttui.</source>
        <translation>En version bevaras när du sparar, när ärendets status ändras, när ärendet förs upp på föredragningslistan, när beslutet antecknas och när du gör en paus i skrivandet. Välj en version för att se vad som ändrades i den.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Versiot</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Näytä koko versio</source>
        <translation>&amp;Visa hela versionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Näytä koko versio muutosten sijaan (muuten näkyvät vain muuttuneet kohdat)</source>
        <translation>Visa hela versionen i stället för ändringarna (annars visas bara de delar som har ändrats)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Valittu versio</source>
        <translation>Vald version</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Asia luotiin</source>
        <translation>Ärendet skapades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tallennettu</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tauko kirjoittamisessa</source>
        <translation>Paus i skrivandet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tila muuttui</source>
        <translation>Statusen ändrades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lisätty esityslistalle</source>
        <translation>Uppförd på föredragningslistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Päätös kirjattu</source>
        <translation>Beslutet antecknat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palautettu aiempi versio</source>
        <translation>Tidigare version återställd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yhdistetty toisaalla tehtyihin muutoksiin</source>
        <translation>Sammanfogad med ändringar som gjorts på annat håll</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tuntematon käyttäjä</source>
        <translation>okänd användare</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>ja %n muuta</source>
        <translation>
            <numerusform>och %n till</numerusform>
            <numerusform>och %n till</numerusform>
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
        <translation>Sparad av: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syy: %1</source>
        <translation>Orsak: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otsikko: %1</source>
        <translation>Rubrik: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Muuttui: %1</source>
        <translation>Ändrat: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Asian ensimmäinen versio: aiempaa versiota ei ole vertailtavaksi.</source>
        <translation>Ärendets första version: det finns ingen tidigare version att jämföra med.</translation>
    </message>
    <message>
        <source>Jokainen tallennus säilyy versiona.</source>
        <translation type="vanished">Varje sparning bevaras som en version.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>&amp;Palauta tämä versio</source>
        <translation>&amp;Återställ denna version</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="+34"/>
        <source>Päätösten tuonti</source>
        <translation>Import av beslut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aloitetaan…</source>
        <translation>Startar…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tiedosto</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Syy</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keskeytä</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keskeytetään… jo tuodut päätökset säilyvät.</source>
        <translation>Avbryter… redan importerade beslut bevaras.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tuonti keskeytettiin.</source>
        <translation>Importen avbröts.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuonti valmis.</source>
        <translation>Importen är klar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uusia %d, päivitettyjä %d, ennallaan %d, poistettuja %d, epäonnistuneita %d.</source>
        <translation>Nya %d, uppdaterade %d, oförändrade %d, borttagna %d, misslyckade %d.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Esimerkkipäätökset poistettiin: %d</source>
        <translation>Exempelbesluten togs bort: %d</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Sulje</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Tuonti epäonnistui: %s</source>
        <translation>Importen misslyckades: %s</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../ui/item_editor.py" line="+121"/>
        <source>Perustiedot</source>
        <translation>Grunduppgifter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asian otsikko, joka kuvaa asian sisällön</source>
        <translation>Ärendets rubrik, som beskriver vad ärendet gäller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Otsikko</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toimielin</source>
        <translation>Organ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tila</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>esim. KH 123/00.01.02/2026</source>
        <translation>t.ex. KST 123/00.01.02/2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dno</source>
        <translation>&amp;Dnr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tehtäväluokka, esim. 02 02 00</source>
        <translation>uppgiftsklass, t.ex. 02 02 00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tehtäväluokka</source>
        <translation>Uppgiftsklass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>esim. KH 12.3.2026 § 45</source>
        <translation>t.ex. KST 12.3.2026 § 45</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aikaisempi käsittely</source>
        <translation>Tidigare behandling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Valmistelija</source>
        <translation>&amp;Beredare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lisätiedot antaa</source>
        <translation>&amp;Ytterligare upplysningar ger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>esim. kunnanjohtaja Maija Meikäläinen</source>
        <translation>t.ex. kommundirektör Anna Andersson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Esittelijä</source>
        <translation>&amp;Föredragande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keneen päätös välittömästi kohdistuu</source>
        <translation>vem beslutet direkt gäller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Asianosaiset</source>
        <translation>&amp;Parter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ei asetettu</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Päätöspäivä</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Liitteet, tiedoksi ja muutoksenhaku</source>
        <translation>Bilagor, för kännedom och ändringssökande</translation>
    </message>
    <message>
        <source>yksi liite riviä kohden</source>
        <translation type="vanished">en bilaga per rad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Liitteet</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiedoksi</source>
        <translation>För kännedom</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Muutoksenhaku</source>
        <translation>Ändringssökande</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Nimi: peruste (HL 28 §), yksi riviä kohden</source>
        <translation>Namn: grund (FvL 28 §), en per rad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Esteellisyydet</source>
        <translation>Jäv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Julkinen asia</source>
        <translation>Offentligt ärende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>esim. Salassa pidettävä, JulkL 24 § 1 mom 25 k</source>
        <translation>t.ex. Sekretessbelagt, OffL 24 § 1 mom. 25 punkten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salassapitoperuste</source>
        <translation>Sekretessgrund</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Päätöksen laji</source>
        <translation>Typ av beslut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(valitse laki)</source>
        <translation>(välj lag)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erityislaki</source>
        <translation>Speciallag</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>perustelu, jos muutoksenhaku poikkeaa säännöistä, tai kiellon peruste</source>
        <translation>motivering om sättet att söka ändring avviker från reglerna, eller grunden för förbudet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Perustelu</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sääntöjen mukaan: %1 (%2)</source>
        <translation>Enligt reglerna: %1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Poikkeava muutoksenhaku, perustelu: %1</source>
        <translation>Avvikande sätt att söka ändring, motivering: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poikkeava muutoksenhaku ilman perustelua: tarkistus estää julkaisun.</source>
        <translation>Avvikande sätt att söka ändring utan motivering: kontrollen hindrar publicering.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Millä säännöksellä muutoksenhaku on kielletty? (esim. KuntaL 136 §)</source>
        <translation>Vilket lagrum förbjuder ändringssökande? (t.ex. 136 § i KomL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Miksi muutoksenhaku poikkeaa säännöistä (%1)?</source>
        <translation>Varför avviker sättet att söka ändring från reglerna (%1)?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Muutoksenhaun perustelu</source>
        <translation>Motivering för sättet att söka ändring</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Valitse asia vasemmalta tai luo uusi asia pohjasta.</source>
        <translation>Välj ett ärende till vänster eller skapa ett nytt ärende från en mall.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+161"/>
        <source>(nimetön asia)</source>
        <translation>(ärende utan rubrik)</translation>
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
        <translation>&amp;Beredning</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Haku</source>
        <translation>&amp;Sökning</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kokoukset</source>
        <translation>&amp;Möten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hakemistoa tarkistetaan…</source>
        <translation>Sökindexet kontrolleras…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Puutteet</source>
        <translation>Brister</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Versiot</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Samankaltaiset</source>
        <translation>Liknande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tietosuoja</source>
        <translation>Dataskydd</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Tiedosto</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Uusi asia pohjasta…</source>
        <translation>&amp;Nytt ärende från mall…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tallenna nyt</source>
        <translation>&amp;Spara nu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tuo aiempia &amp;päätöksiä kansiosta…</source>
        <translation>Importera tidigare &amp;beslut från mapp…</translation>
    </message>
    <message>
        <source>Tuo päätöksiä &amp;tiedostosta…</source>
        <translation type="vanished">Importera beslut från &amp;fil…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tuo päätöksiä tiedo&amp;stosta…</source>
        <translation>Importera beslut från &amp;fil…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&amp;ähteet…</source>
        <translation>Kä&amp;llor…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;oista esimerkkiaineisto…</source>
        <translation>&amp;Ta bort exempelmaterialet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hae aiemmista päätöksistä</source>
        <translation>Sö&amp;k i tidigare beslut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kunnan tiedot…</source>
        <translation>Kommun&amp;uppgifter…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lopeta</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Muokkaa</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kumoa</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tee uudelleen</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>M&amp;uotoilu</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muotoilu</source>
        <translation>Formatering</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>T&amp;ietosuoja</source>
        <translation>&amp;Dataskydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merkitse valinta &amp;henkilötiedoksi</source>
        <translation>Märk markeringen som &amp;personuppgift</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merkitse valinta &amp;salassa pidettäväksi…</source>
        <translation>Märk markeringen som &amp;sekretessbelagd…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Ohje</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ervetuloa-ikkuna…</source>
        <translation>&amp;Välkomstfönster…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avaa e&amp;simerkkityötila</source>
        <translation>Öppna &amp;exempelarbetsytan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tietoja Päätöspajasta</source>
        <translation>&amp;Om Päätöspaja</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Muistutus: %s %d/%d – muutoksenhakuaika päättyi %s. Korvaa verkossa oleva pöytäkirja versiolla, josta henkilötiedot on poistettu (Kokoukset → Muutoksenhaun jälkeen).</source>
        <translation>Påminnelse: %s %d/%d – tiden för ändringssökande gick ut %s. Ersätt protokollet på webben med en version där personuppgifterna har tagits bort (Möten → Efter ändringssökandet).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Tietoja Päätöspajasta</source>
        <translation>Om Päätöspaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Päätöspaja %s
Työtila: %s</source>
        <translation>Päätöspaja %s
Arbetsmapp: %s</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Vain luku: työtilan on avannut %s koneella %s (%s). Voit hakea ja lukea, mutta muutoksia ei tallenneta. Sulje toinen ikkuna ja avaa Päätöspaja uudelleen.</source>
        <translation>Skrivskyddat läge: %s har öppnat arbetsytan på datorn %s (%s). Du kan söka och läsa, men ändringar sparas inte. Stäng det andra fönstret och öppna Päätöspaja på nytt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vain luku: työtilan tietokantaan tai kansioon ei voi kirjoittaa (%s). Voit hakea ja lukea, mutta muutoksia ei tallenneta.</source>
        <translation>Skrivskyddat läge: det går inte att skriva till arbetsytans databas eller mapp (%s). Du kan söka och läsa, men ändringar sparas inte.</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Kaikkia muutoksia ei ole tallennettu:

%s

Jos suljet nyt, ne menetetään.</source>
        <translation>Alla ändringar har inte sparats:

%s

Om du stänger nu går de förlorade.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Älä sulje</source>
        <translation>Stäng inte</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Sulje silti</source>
        <translation>Stäng ändå</translation>
    </message>
    <message>
        <source>Muutoksia ei ole vielä tallennettu…</source>
        <translation type="vanished">Ändringarna har ännu inte sparats…</translation>
    </message>
    <message>
        <source>Tallennetaan…</source>
        <translation type="vanished">Sparar…</translation>
    </message>
    <message>
        <source>Tallennettu klo %s</source>
        <translation type="vanished">Sparat kl. %s</translation>
    </message>
    <message>
        <source>Tallennus epäonnistui – yritetään uudelleen</source>
        <translation type="vanished">Sparandet misslyckades – försöker igen</translation>
    </message>
    <message>
        <source>Asian %s tallennus epäonnistui: %s. Muutokset ovat tallessa ikkunassa.</source>
        <translation type="vanished">Ärendet %s kunde inte sparas: %s. Ändringarna finns kvar i fönstret.</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Versio %d palautettiin.</source>
        <translation>Version %d återställdes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hakemisto valmis</source>
        <translation>Sökindexet är klart</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Avaa ensin asia, johon teksti kopioidaan.</source>
        <translation>Öppna först det ärende som texten ska kopieras till.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Teksti kopioitiin luonnokseen.</source>
        <translation>Texten kopierades till utkastet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Toimielintä ”%s” ei ole työtilassa; luonnos tehtiin toimielimelle %s.</source>
        <translation>Organet ”%s” finns inte i arbetsytan; utkastet gjordes för organet %s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tuo päätökset kansiosta</source>
        <translation>Importera beslut från mapp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tuo päätöksiä</source>
        <translation>Importera beslut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Päätökset (*.jsonl *.docx *.pdf *.html *.htm *.txt);;Kaikki tiedostot (*)</source>
        <translation>Beslut (*.jsonl *.docx *.pdf *.html *.htm *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Päivitetään hakemistoa…</source>
        <translation type="vanished">Sökindexet uppdateras…</translation>
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
        <translation>ordförande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jäsen</source>
        <translation>ledamot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>varajäsen</source>
        <translation>ersättare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sihteeri</source>
        <translation>sekreterare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>esittelijä</source>
        <translation>föredragande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>muu läsnäolija</source>
        <translation>övrig närvarande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hyväksyttiin ehdotuksen mukaisesti</source>
        <translation>Godkändes enligt förslaget</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hyväksyttiin muutettuna</source>
        <translation>Godkändes i ändrad form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pantiin pöydälle</source>
        <translation>Bordlades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palautettiin valmisteluun</source>
        <translation>Återremitterades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hylättiin</source>
        <translation>Förkastades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Päätettiin äänestyksen jälkeen</source>
        <translation>Beslutades efter omröstning</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> – pöytäkirja julkaistu</source>
        <translation> – protokollet publicerat</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_view.py" line="+110"/>
        <source>Uusi kokous…</source>
        <extracomment>Where the keyboard is, seen at a glance: a keyboard user moves between many similar buttons and lists on this tab. The blue passes WCAG AA contrast on the window colour. Emitted before the view changes items, so that unsaved edits are written first and cannot later overwrite what the meeting recorded.</extracomment>
        <translation>Nytt möte…</translation>
    </message>
    <message>
        <source>Kokouksen tiedot</source>
        <translation type="vanished">Sammanträdets uppgifter</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+1"/>
        <source>Paikka</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Päättyi</source>
        <translation type="vanished">Avslutades</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nimet pilkuin eroteltuina</source>
        <translation>namn åtskilda med kommatecken</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Pöytäkirjantarkastajat</source>
        <translation>Protokolljusterare</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Uusi kokous</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kokoukset</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tiedot</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asiakirjat ja tarkistus</source>
        <translation>Handlingar och granskning</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>Päättyi klo</source>
        <translation>Slutade kl.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>esim. 20.15 (tyhjä, jos ei vielä merkitty)</source>
        <translation>t.ex. 20.15 (tomt om inte antecknat ännu)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>ei vielä</source>
        <translation>inte ännu</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+7"/>
        <source>Tarkastettu</source>
        <translation>Justerat</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>Yleisesti nähtävänä alkaen</source>
        <translation>Offentligt framlagt från</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tallenna tiedot</source>
        <translation>Spara uppgifterna</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Järjestä vetämällä tai näppäimillä Ctrl+↑ ja Ctrl+↓.</source>
        <translation>Ordna genom att dra eller med Ctrl+↑ och Ctrl+↓.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Siirrä ylös</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Siirrä alas</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Valitse kokous luettelosta.</source>
        <translation>Välj ett möte i listan.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Kokouksen tiedot tallennettu.</source>
        <translation>Mötets uppgifter har sparats.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Osallistujat tallennettu: %d henkilöä.</source>
        <translation>Deltagarna har sparats: %d personer.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_participants.py" line="+38"/>
        <location filename="../../ui/meeting_view.py" line="-282"/>
        <source>Osallistujat</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Nimi</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Rooli</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Läsnä</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saapui</source>
        <translation>Anlände</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poistui</source>
        <translation>Avlägsnade sig</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_view.py" line="+54"/>
        <source>Lisää henkilö</source>
        <translation>Lägg till person</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Tallenna osallistujat</source>
        <translation>Spara deltagarna</translation>
    </message>
    <message>
        <source>Esityslista (järjestä vetämällä)</source>
        <translation type="vanished">Föredragningslista (ordna genom att dra)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Lisää asia…</source>
        <translation>Lägg till ärende…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poista listalta</source>
        <translation>Ta bort från listan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avaa asia</source>
        <translation>Öppna ärendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kirjaa päätös…</source>
        <translation>Anteckna beslut…</translation>
    </message>
    <message>
        <source>Asiakirjat</source>
        <translation type="vanished">Handlingar</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_documents.py" line="+101"/>
        <source>Esityslista (DOCX)…</source>
        <translation>Föredragningslista (DOCX)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pöytäkirja (DOCX)…</source>
        <translation>Protokoll (DOCX)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valittu asia (DOCX)…</source>
        <translation>Valt ärende (DOCX)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tarkista julkaisukelpoisuus</source>
        <translation>Kontrollera om protokollet kan publiceras</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Julkaisuversio…</source>
        <translation>Version för publicering…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Muutoksenhaun jälkeen…</source>
        <translation>Efter ändringssökandet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/meeting_view.py" line="+292"/>
        <source>Julkaise pöytäkirja</source>
        <translation>Publicera protokollet</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Ohita valittu estävä kohta perustellen…</source>
        <translation>Åsidosätt den valda blockerande punkten med motivering…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_view.py" line="-189"/>
        <source>Ei kokouksia. Luo uusi kokous.</source>
        <translation>Inga möten. Skapa ett nytt möte.</translation>
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
        <translation>Åsidosätt med motivering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miksi asiakirjan saa julkaista tästä huolimatta?</source>
        <translation>Varför får handlingen publiceras trots detta?</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_view.py" line="+2"/>
        <source>Tämän toimielimen valmiita tai keskeneräisiä asioita ei ole esityslistojen ulkopuolella.</source>
        <translation>Detta organ har inga färdiga eller pågående ärenden utanför föredragningslistorna.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(nimetön)</source>
        <translation>(utan rubrik)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lisää asia esityslistalle</source>
        <translation>Lägg till ärende på föredragningslistan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asia:</source>
        <translation>Ärende:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Poistettu esityslistalta: %s</source>
        <translation>Borttaget från föredragningslistan: %s</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Pöytäkirjan julkaisu lukitsee sen §-numerot pysyvästi. Jatketaanko?</source>
        <translation>När protokollet publiceras låses dess §-nummer permanent. Vill du fortsätta?</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_documents.py" line="-212"/>
        <source>Julkaisukelpoisuuden tarkistus</source>
        <extracomment>Runs a core action and reports a typed error to the user; whether it went through. The check&apos;s results were shown: the page holding them should be the one in view.</extracomment>
        <translation>Kontroll före publicering</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Avoin data (JSON)…</source>
        <translation>Öppna data (JSON)…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Tallenna asiakirja</source>
        <translation>Spara handlingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source>Word-asiakirja (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Viedään asiakirjaa…</source>
        <translation>Exporterar handlingen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keskeytä</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tallennettu: %s</source>
        <translation>Sparat: %s</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>✔ Ei huomautettavaa: julkaisuversion voi viedä.</source>
        <translation>✔ Inget att anmärka: versionen för publicering kan exporteras.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (ohitettu: %s)</source>
        <translation> (åsidosatt: %s)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Tallenna julkaisuversio</source>
        <translation>Spara versionen för publicering</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tehdään julkaisuversiota…</source>
        <translation>Versionen för publicering görs…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kansio avoimen datan JSON-tiedostoille</source>
        <translation>Mapp för JSON-filerna med öppna data</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Viedään avointa dataa…</source>
        <translation>Exporterar öppna data…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Julkaisuversiota ei tehty: korjaa estävät kohdat.</source>
        <translation>Ingen version för publicering gjordes: åtgärda de hindrande punkterna.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s ja %s</source>
        <translation>%s och %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Julkaisuversio tallennettu: %s</source>
        <translation>Versionen för publicering har sparats: %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF:ää ei tehty: %s</source>
        <translation>Ingen PDF gjordes: %s</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_agenda.py" line="+26"/>
        <location filename="../../ui/meeting_view.py" line="-378"/>
        <source>Esityslista</source>
        <translation>Föredragningslista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Järjestä vetämällä tai Ctrl+Nuoli ylös / Ctrl+Nuoli alas</source>
        <translation>Ordna genom att dra eller med Ctrl+Pil upp / Ctrl+Pil ned</translation>
    </message>
</context>
<context>
    <name>Moments</name>
    <message>
        <location filename="../../ui/moments.py" line="+22"/>
        <source>%s klo %s</source>
        <translation>%s kl. %s</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../ui/new_item_dialog.py" line="+32"/>
        <source>Uusi asia pohjasta</source>
        <translation>Nytt ärende från mall</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Pohja</source>
        <translation>&amp;Mall</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Toimielin</source>
        <translation>&amp;Organ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suomi</source>
        <translation>finska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ruotsi</source>
        <translation>svenska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kieli</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Luo asia</source>
        <translation>Skapa ärende</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation type="vanished">Avbryt</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../ui/meeting_new_dialog.py" line="+37"/>
        <source>Uusi kokous</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Toimielin</source>
        <translation>Organ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Toimielin</source>
        <translation>&amp;Organ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>d.M.yyyy &apos;klo&apos; H.mm</source>
        <translation>d.M.yyyy &apos;kl.&apos; H.mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alkaa</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alkaa</source>
        <translation>&amp;Börjar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>esim. kunnantalo, valtuustosali</source>
        <translation>t.ex. kommungården, fullmäktigesalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paikka</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paikka</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pöytäkirjanpitäjä</source>
        <translation>Protokollförare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;öytäkirjanpitäjä</source>
        <translation>Protokoll&amp;förare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pöytäkirjanpitäjän nimike</source>
        <translation>Protokollförarens titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>esim. hallintosihteeri</source>
        <translation>t.ex. förvaltningssekreterare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pöytäkirjanpitäjän &amp;nimike</source>
        <translation>Protokollförarens &amp;titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lisää vakioasiat (avaus, laillisuus, tarkastajat, …)</source>
        <translation>Lägg till standardärenden (öppnande, laglighet, protokolljusterare, …)</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/widgets.py" line="+117"/>
        <source>Kirjoita päivämäärä (p.k.vvvv) tai valitse kalenterista; Delete tyhjentää</source>
        <translation>Skriv datumet (d.m.åååå) eller välj i kalendern; Delete tömmer</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../ui/item_editor.py" line="-477"/>
        <source>Nimi</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virkanimike</source>
        <translation>Tjänstebeteckning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puhelin</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sähköposti</source>
        <translation>E-post</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <location filename="../../ui/privacy_panel.py" line="-63"/>
        <source>henkilötunnus</source>
        <translation>personbeteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tilinumero</source>
        <translation>kontonummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>puhelinnumero</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sähköposti</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>osoite</source>
        <translation>adress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nimi</source>
        <translation>namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>henkilötieto</source>
        <translation>personuppgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>salassa pidettävä</source>
        <translation>sekretessbelagd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>otsikko</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diaarinumero</source>
        <translation>diarienummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tehtäväluokka</source>
        <translation>uppgiftsklass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>liitteiden nimet</source>
        <translation>bilagornas namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asianosaiset</source>
        <translation>parter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aikaisempi käsittely</source>
        <translation>tidigare behandling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tiedoksi</source>
        <translation>för kännedom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>selostus</source>
        <translation>redogörelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>perustelut</source>
        <translation>motivering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>päätösehdotus</source>
        <translation>beslutsförslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>päätös</source>
        <translation>beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>käsittely</source>
        <translation>behandling</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Valitse tekstiä luonnoksesta ja merkitse se. Merkityt ja vahvistetut kohdat poistetaan verkkoon julkaistavasta versiosta.</source>
        <translation>Markera text i utkastet och märk den. Märkta och bekräftade ställen tas bort ur den version som publiceras på webben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Henkilötieto</source>
        <translation>Personuppgift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merkitse valittu teksti henkilötiedoksi (Ctrl+Shift+P)</source>
        <translation>Märk den markerade texten som personuppgift (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Salassa pidettävä…</source>
        <translation>Sekretessbelagd…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merkinnät</source>
        <translation>Märkningar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poista merkintä</source>
        <translation>Ta bort märkningen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tunnistetut, vahvistamatta</source>
        <translation>Upptäckta, obekräftade</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vahvista henkilötiedoksi</source>
        <translation>Bekräfta som personuppgift</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ei henkilötieto</source>
        <translation>Inte en personuppgift</translation>
    </message>
    <message>
        <location line="+60"/>
        <source> (todennäköinen)</source>
        <translation> (sannolik)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tunnistetut, vahvistamatta: %d</source>
        <translation>Upptäckta, obekräftade: %d</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Valitse ensin merkittävä teksti luonnoksesta.</source>
        <translation>Markera först texten som ska märkas i utkastet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Salassapitoperuste</source>
        <translation>Sekretessgrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salassapitoperuste, esim. JulkL 24 § 1 mom 25 k:</source>
        <translation>Sekretessgrund, t.ex. OffL 24 § 1 mom. 25 punkten:</translation>
    </message>
    <message>
        <source>Miksi tämä ei ole henkilötieto? (valinnainen)</source>
        <translation type="vanished">Varför är detta inte en personuppgift? (frivilligt)</translation>
    </message>
</context>
<context>
    <name>SampleActions</name>
    <message>
        <location filename="../../ui/sample_actions.py" line="+42"/>
        <source>Työtilassa ei ole esimerkkipäätöksiä.</source>
        <translation>Arbetsytan har inga exempelbeslut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Poistetaanko ohjelman mukana tulleet esimerkkipäätökset arkistosta ja hausta? Kunnan omat päätökset ja luonnokset säilyvät. Esimerkkejä voi edelleen kokeilla esimerkkityötilassa (Ohje → Avaa esimerkkityötila).</source>
        <translation>Vill du ta bort exempelbesluten som följde med programmet ur arkivet och sökningen? Kommunens egna beslut och utkast bevaras. Du kan fortfarande pröva exemplen i exempelarbetsytan (Hjälp → Öppna exempelarbetsytan).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Poista esimerkit</source>
        <translation>Ta bort exemplen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Älä poista</source>
        <translation>Ta inte bort</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Esimerkkipäätökset poistettiin: %d</source>
        <translation>Exempelbesluten togs bort: %d</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Esimerkkityötila</source>
        <translation>Exempelarbetsyta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esimerkkityötilan ikkunaa ei voitu avata (%s).</source>
        <translation>Exempelarbetsytans fönster kunde inte öppnas (%s).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Esimerkkityötila avautuu omaan ikkunaansa: %s</source>
        <translation>Exempelarbetsytan öppnas i ett eget fönster: %s</translation>
    </message>
</context>
<context>
    <name>SaveController</name>
    <message>
        <location filename="../../ui/save_controller.py" line="+126"/>
        <source>Muutoksia ei ole vielä tallennettu…</source>
        <extracomment>Milliseconds from the first unsaved edit to its save: well inside the 2 s promise even while the secretary keeps typing (the timer is not restarted by further keystrokes). Seconds a save before leaving an item or closing may take before &quot;Tallennetaan…&quot; shows. The item as stored after a write (for the list and the history).</extracomment>
        <translation>Ändringarna har ännu inte sparats…</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+78"/>
        <source>Tallennetaan…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Päätöspaja</source>
        <translation>Päätöspaja</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Tallennettu klo %s – mukana toisaalla tehdyt muutokset: %s</source>
        <translation>Sparat kl. %s – inklusive ändringar som gjorts på annat håll: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tallennettu klo %s</source>
        <translation>Sparat kl. %s</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ei tallennettu: %s Teksti on tallessa ikkunassa; yritetään uudelleen.</source>
        <translation>Inte sparat: %s Texten finns kvar i fönstret; försöker igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asian %s muutoksia ei ole tallennettu: %s Yritetään uudelleen.</source>
        <translation>Ändringarna i ärende %s har inte sparats: %s Försöker igen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ei tallennettu: asiaa muutettiin toisaalla. Valitse, kumpi versio jää (Tallenna nyt, Ctrl+S).</source>
        <translation>Inte sparat: ärendet ändrades på annat håll. Välj vilken version som ska gälla (Spara nu, Ctrl+S).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Toisaalla tallennettu versio otettiin käyttöön.</source>
        <translation>Versionen som sparats på annat håll används nu.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search_panel.py" line="+135"/>
        <source>päiväys puuttuu</source>
        <translation>datum saknas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lähde: %s</source>
        <translation>källa: %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(ei otsikkoa)</source>
        <translation>(ingen rubrik)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Perusmuoto riittää: &lt;i&gt;päätös&lt;/i&gt; löytää myös &lt;i&gt;päätöksen&lt;/i&gt;.</source>
        <translation>Grundformen räcker för finska ord: &lt;i&gt;päätös&lt;/i&gt; hittar även &lt;i&gt;päätöksen&lt;/i&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yhdyssanan osa löytyy: &lt;i&gt;kaava&lt;/i&gt; löytää &lt;i&gt;asemakaavan&lt;/i&gt;.</source>
        <translation>Delar av sammansatta ord hittas: &lt;i&gt;kaava&lt;/i&gt; hittar &lt;i&gt;asemakaavan&lt;/i&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lainausmerkit hakevat fraasia: &lt;i&gt;&quot;tontin myynti&quot;&lt;/i&gt;.</source>
        <translation>Citattecken söker en fras: &lt;i&gt;&quot;tontin myynti&quot;&lt;/i&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AND, OR ja NOT yhdistävät: &lt;i&gt;kaava NOT asemakaava&lt;/i&gt;.</source>
        <translation>AND, OR och NOT kombinerar: &lt;i&gt;kaava NOT asemakaava&lt;/i&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;i&gt;title:kaava&lt;/i&gt; hakee otsikoista, &lt;i&gt;body:&lt;/i&gt; toimielimestä.</source>
        <translation>&lt;i&gt;title:kaava&lt;/i&gt; söker i rubrikerna, &lt;i&gt;body:&lt;/i&gt; i organet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;i&gt;body:kunnanhallitus&lt;/i&gt;, &lt;i&gt;type:viranhaltija&lt;/i&gt; ja &lt;i&gt;pvm:2024&lt;/i&gt; rajaavat tuloksia.</source>
        <translation>&lt;i&gt;body:kunnanhallitus&lt;/i&gt;, &lt;i&gt;type:viranhaltija&lt;/i&gt; och &lt;i&gt;pvm:2024&lt;/i&gt; begränsar resultaten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ilman ä:tä ja ö:tä tai kirjoitusvirheen kanssakin löytyy: &lt;i&gt;paivakoti&lt;/i&gt; löytää &lt;i&gt;päiväkodin&lt;/i&gt;.</source>
        <translation>Sökningen hittar även utan ä och ö eller med stavfel: &lt;i&gt;paivakoti&lt;/i&gt; hittar &lt;i&gt;päiväkoti&lt;/i&gt;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nuoli alas siirtää tuloksiin, Enter esikatseluun.</source>
        <translation>Pil ned flyttar till resultaten, Enter till förhandsvisningen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Haku aiemmista päätöksistä</source>
        <translation>Sök bland tidigare beslut</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Hae aiemmista päätöksistä, esim. kiinteistöveroprosentti, &quot;tontin myynti&quot;, title:kaava body:kunnanhallitus</source>
        <translation>Sök i tidigare beslut, t.ex. fastighetsskatteprocent, &quot;försäljning av tomt&quot;, title:plan body:kommunstyrelsen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hakulauseke</source>
        <translation>Sökfråga</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kaikki toimielimet</source>
        <translation>Alla organ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kaikki asiakirjatyypit</source>
        <translation>Alla handlingstyper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kaikki tehtäväluokat</source>
        <translation>Alla uppgiftsklasser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alkaen: kaikki</source>
        <translation>från: alla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asti: kaikki</source>
        <translation>till: alla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Osuvin ensin</source>
        <translation>Bästa träff först</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uusin ensin</source>
        <translation>Nyaste först</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tyhjennä &amp;rajaukset</source>
        <translation>Töm &amp;avgränsningar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Näytä lisää</source>
        <translation>Visa fler</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hakutulokset</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Päätöksen esikatselu</source>
        <translation>Förhandsvisning av beslutet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Selostus</source>
        <translation>Redogörelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perustelut</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Päätösehdotus</source>
        <translation>Beslutsförslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Päätös</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ko&amp;pioi luonnokseen</source>
        <translation>Ko&amp;piera till utkastet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Uusi &amp;luonnos tämän pohjalta</source>
        <translation>Nytt &amp;utkast utifrån detta</translation>
    </message>
    <message>
        <source>&amp;Kopioi luonnokseen</source>
        <translation type="vanished">&amp;Kopiera till utkastet</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Kopioi esikatselussa valittu teksti (tai koko päätös) avoimen asian valittuun osaan</source>
        <translation>Kopiera den text som markerats i förhandsvisningen (eller hela beslutet) till vald del av det öppna ärendet</translation>
    </message>
    <message>
        <source>&amp;Uusi luonnos tämän pohjalta</source>
        <translation type="vanished">&amp;Nytt utkast utifrån detta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Osaan:</source>
        <translation>Till delen:</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Haetaan…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%d%s osumaa</source>
        <translation>%d%s träffar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>näytetään %d osuvinta</source>
        <translation>de %d bästa visas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rajaukset ovat käytössä</source>
        <translation>avgränsningar används</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tarkista kirjoitusasu tai kokeile lyhyempää hakua</source>
        <translation>kontrollera stavningen eller pröva en kortare sökning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>alkupäivä on loppupäivän jälkeen</source>
        <translation>startdatumet är efter slutdatumet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tarkoititko: %s</source>
        <translation>Menade du: %s</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Haku epäonnistui: %s</source>
        <translation>Sökningen misslyckades: %s</translation>
    </message>
    <message>
        <location filename="../../ui/search_origin.py" line="+37"/>
        <source>Päätöksen lähde</source>
        <translation>Beslutets källa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lähde: %s</source>
        <translation>Källa: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avaa lähteessä</source>
        <translation>Öppna i källan</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+95"/>
        <source>Kunnan tiedot</source>
        <translation>Kommunens uppgifter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kunta</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kunta ruotsiksi</source>
        <translation>Kommunens namn på svenska</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kirjaamon postiosoite, käyntiosoite, sähköposti ja aukioloaika: muutoksenhakuohjeisiin</source>
        <translation>Registraturens postadress, besöksadress, e-post och öppettider: till besvärsanvisningarna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ki&amp;rjaamo</source>
        <translation>&amp;Registratur</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>(ei valittu: ohjeissa lukee vain ”Hallinto-oikeus”)</source>
        <translation>(inte vald: anvisningarna säger bara ”Förvaltningsdomstolen”)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hallinto-oikeus, jonka nimi ja osoite tulevat valitusosoituksiin</source>
        <translation>Förvaltningsdomstolen vars namn och adress skrivs i besvärsanvisningarna</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Valitse tiedosto: %s</source>
        <translation>Välj fil: %s</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Hallinto-oikeus</source>
        <translation>&amp;Förvaltningsdomstol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>esim. esimerkkila.fi, edu.esimerkkila.fi</source>
        <translation>t.ex. esimerkkila.fi, edu.esimerkkila.fi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kunnan sähköpostidomainit</source>
        <translation>Kommunens e-postdomäner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oletustalotyyli</source>
        <translation>standardhusstil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Talotyyli (.docx/.dotx)</source>
        <translation>&amp;Husstil (.docx/.dotx)</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Word-pohja (*.docx *.dotx)</source>
        <translation>Word-mall (*.docx *.dotx)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>oletusvaakuna</source>
        <translation>standardvapen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Logo</source>
        <translation>&amp;Logotyp</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Kuvat (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Valitse…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Valitse tiedosto</source>
        <translation>Välj fil</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Talotyyli</source>
        <translation>Husstil</translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <location filename="../../ui/similar_panel.py" line="+30"/>
        <source>Kirjoita otsikko ja päätösehdotus: tähän tulevat samankaltaiset aiemmat päätökset.</source>
        <translation>Skriv rubrik och beslutsförslag: här visas liknande tidigare beslut.</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../ui/source_form.py" line="+41"/>
        <source>Kansio / verkkolevy</source>
        <translation>Mapp / nätverksenhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Lines -osoite</source>
        <translation>JSON Lines-adress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoin päätösrajapinta (6Aika)</source>
        <translation>Öppet beslutsgränssnitt (6Aika)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OParl</source>
        <translation>OParl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ei tunnistautumista</source>
        <translation>Ingen autentisering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Käyttäjätunnus ja salasana</source>
        <translation>Användarnamn och lösenord</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+199"/>
        <source>API-avain</source>
        <translation>API-nyckel</translation>
    </message>
    <message>
        <location line="-198"/>
        <location line="+201"/>
        <source>Bearer-tunniste</source>
        <translation>Bearer-token</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>esim. \\palvelin\paatokset tai C:\Päätökset</source>
        <translation>t.ex. \\server\beslut eller C:\Beslut</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Muokkaa lähdettä</source>
        <extracomment>what ``save`` answered (where the secret was kept), once accepted</extracomment>
        <translation>Redigera källa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uusi lähde</source>
        <translation>Ny källa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lähteen nimi</source>
        <translation>Källans namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>esim. kunnanhallitus</source>
        <translation>t.ex. kommunstyrelsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nimi</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lähteen laji</source>
        <translation>Källans typ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Laji</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lähteen sijainti</source>
        <translation>Källans plats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valitse kans&amp;io…</source>
        <translation>Välj &amp;mapp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+174"/>
        <source>Valitse lähteen kansio</source>
        <translation>Välj källans mapp</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>&amp;Sijainti</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tunnistautuminen</source>
        <translation>Autentisering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;unnistautuminen</source>
        <translation>Aut&amp;entisering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Käyttäjätunnus</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Käyttäjätunnus</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+103"/>
        <source>Salasana</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+102"/>
        <source>&amp;Poista salasana</source>
        <translation>Ta b&amp;ort lösenordet</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+94"/>
        <source>Salas&amp;ana</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>&amp;Tallenna</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Tunnus: %s</source>
        <translation>Beteckning: %s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>API-&amp;avain</source>
        <translation>API-n&amp;yckel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Poista API-avain</source>
        <translation>Ta b&amp;ort API-nyckeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tunnist&amp;e</source>
        <translation>To&amp;ken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Poista tunniste</source>
        <translation>Ta b&amp;ort token</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Poistetaan, kun tallennat.</source>
        <translation>Tas bort när du sparar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tallennettu tämän istunnon ajaksi</source>
        <translation>sparat för den här sessionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tallennettu salasanasäilöön</source>
        <translation>sparat i lösenordsförrådet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kirjoita uusi vain, jos haluat vaihtaa sen.</source>
        <translation>Skriv ett nytt bara om du vill byta det.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uusi korvaa tallennetun, kun tallennat.</source>
        <translation>Det nya ersätter det sparade när du sparar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ei tallennettu</source>
        <translation>inte sparat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tallennetaan käyttöjärjestelmän salasanasäilöön, ei työtilaan.</source>
        <translation>Sparas i operativsystemets lösenordsförråd, inte i arbetsytan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Säilytetään vain tämän istunnon ajan.</source>
        <translation>Bevaras bara under den här sessionen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Anna lähteelle nimi.</source>
        <translation>Ge källan ett namn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anna käyttäjätunnus.</source>
        <translation>Ange användarnamnet.</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../ui/sources_dialog.py" line="+66"/>
        <location line="+43"/>
        <source>Lähteet</source>
        <extracomment>A connection test is one request: it answers within this or says the source is slow.</extracomment>
        <translation>Källor</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Arkisto pysyy ajan tasalla näistä lähteistä: kansiot luetaan uudelleen ja verkkolähteet haetaan, kun Päätöspaja käynnistyy, ja aina kun valitset Synkronoi nyt. Jos lähde ei vastaa, arkisto pysyy ennallaan.</source>
        <translation>Arkivet hålls uppdaterat från de här källorna: mapparna läses på nytt och nätkällorna hämtas när Päätöspaja startar och varje gång du väljer Synkronisera nu. Om en källa inte svarar förblir arkivet oförändrat.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nimi</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laji</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sijainti</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viimeksi päivitetty</source>
        <translation>Senast uppdaterad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tulos</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Lisää…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Muokkaa…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Poista lähde…</source>
        <translation>&amp;Ta bort källan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Testaa yhteys</source>
        <translation>Testa a&amp;nslutningen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Synkronoi nyt</source>
        <translation>&amp;Synkronisera nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synkronoi &amp;kaikki</source>
        <translation>Synkronisera &amp;alla</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keskeytä synkronointi</source>
        <translation>Avbryt synkroniseringen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <source>Lähteistä poistuneet päätökset</source>
        <translation>Beslut som försvunnit ur källorna</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Nämä päätökset ovat yhä arkistossa, vaikka lähde ei enää tarjoa niitä. Poista ne arkistosta vain, jos lähde on poistanut ne tarkoituksella; Säilytä pitää ne arkistossa ilman yhteyttä lähteeseen.</source>
        <translation>De här besluten finns fortfarande i arkivet, fast källan inte längre erbjuder dem. Ta bort dem ur arkivet bara om källan har tagit bort dem avsiktligt; Behåll sparar dem i arkivet utan koppling till källan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lähde</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Päätös</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Huomattu</source>
        <translation>Upptäckt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Poista &amp;arkistosta…</source>
        <translation>Ta bort ur ar&amp;kivet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Säil&amp;ytä</source>
        <translation>&amp;Behåll</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Sulje</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>ei vielä</source>
        <translation>inte ännu</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Viimeisin yritys epäonnistui</source>
        <translation>Senaste försöket misslyckades</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>uusia %d, muuttuneita %d</source>
        <translation>nya %d, ändrade %d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, ohitettuja %d</source>
        <translation>, överhoppade %d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, lähteestä poistuneita %d</source>
        <translation>, borttagna ur källan %d</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>uusia %d, muuttuneita %d, ennallaan %d, ohitettuja %d</source>
        <translation>nya %d, ändrade %d, oförändrade %d, överhoppade %d</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Poistetaanko valitut päätökset (%d) arkistosta? Lähde ei enää tarjoa niitä. Poistettuja päätöksiä ei löydy enää haulla.</source>
        <translation>Ta bort de valda besluten (%d) ur arkivet? Källan erbjuder dem inte längre. Borttagna beslut hittas inte längre vid sökning.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Arkistosta poistettuja päätöksiä: %d.</source>
        <translation>Beslut borttagna ur arkivet: %d.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Arkistoon säilytettyjä päätöksiä: %d.</source>
        <translation>Beslut som behålls i arkivet: %d.</translation>
    </message>
    <message>
        <source>%d uutta, %d muuttunut</source>
        <translation type="vanished">%d nya, %d ändrade</translation>
    </message>
    <message>
        <source>, %d ohitettu</source>
        <translation type="vanished">, %d överhoppade</translation>
    </message>
    <message>
        <source>, %d poistunut lähteestä</source>
        <translation type="vanished">, %d försvunna ur källan</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Ei lähteitä. Lisää kansio, verkkolevy tai päätösrajapinta: Lisää…</source>
        <translation>Inga källor. Lägg till en mapp, en nätverksenhet eller ett beslutsgränssnitt: Lägg till…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Viimeisin onnistunut synkronointi %s: %s</source>
        <translation>Senaste lyckade synkronisering %s: %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ei vielä synkronoitu.</source>
        <translation>Inte synkroniserad ännu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Viimeisin yritys %s: %s</source>
        <translation>Senaste försök %s: %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Salasanaa, avainta tai tunnistetta ei ole tallennettu.</source>
        <translation>Lösenord, nyckel eller token har inte sparats.</translation>
    </message>
    <message>
        <source>%d uutta, %d muuttunut, %d ennallaan, %d ohitettu</source>
        <translation type="vanished">%d nya, %d ändrade, %d oförändrade, %d överhoppade</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Lähde %s tallennettiin. Salasana säilyy vain tämän istunnon ajan.</source>
        <translation>Källan %s sparades. Lösenordet bevaras bara under den här sessionen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lähde %s tallennettiin.</source>
        <translation>Källan %s sparades.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Poistetaanko lähde %s? Siitä jo saadut päätökset jäävät arkistoon; lähteen salasana poistetaan salasanasäilöstä.</source>
        <translation>Vill du ta bort källan %s? Beslut som redan hämtats från den blir kvar i arkivet; källans lösenord tas bort ur lösenordsförrådet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Poista lähde</source>
        <translation>Ta bort källan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>Älä poista</source>
        <translation>Ta inte bort</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Lähde %s poistettiin.</source>
        <translation>Källan %s togs bort.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Testataan yhteyttä lähteeseen %s…</source>
        <translation>Testar anslutningen till källan %s…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Synkronointi on jo käynnissä.</source>
        <translation>Synkroniseringen pågår redan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synkronoidaan…</source>
        <translation>Synkroniserar…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Synkronoidaan lähdettä %s (%d/%d)…</source>
        <translation>Synkroniserar källan %s (%d/%d)…</translation>
    </message>
    <message>
        <source>Poistetaanko %d päätöstä arkistosta? Lähde ei enää tarjoa niitä. Poistettuja päätöksiä ei löydy enää haulla.</source>
        <translation type="vanished">Vill du ta bort de valda besluten (%d) ur arkivet? Källan erbjuder dem inte längre. Borttagna beslut hittas inte längre vid sökning.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Poista arkistosta</source>
        <translation>Ta bort ur arkivet</translation>
    </message>
    <message>
        <source>Arkistosta poistettiin %d päätöstä.</source>
        <translation type="vanished">Beslut som togs bort ur arkivet: %d.</translation>
    </message>
    <message>
        <source>%d päätöstä säilytetään arkistossa.</source>
        <translation type="vanished">Beslut som behålls i arkivet: %d.</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <location filename="../../ui/sync_runner.py" line="+191"/>
        <source>Lähteitä synkronoidaan…</source>
        <extracomment>this run&apos;s own sentence for a source&apos;s last failure (the workspace keeps a code)</extracomment>
        <translation>Källorna synkroniseras…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keskeytetään… jo saadut päätökset säilyvät.</source>
        <translation>Avbryter… redan hämtade beslut bevaras.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Synkronoidaan lähdettä %s…</source>
        <translation>Synkroniserar källan %s…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Lähteiden synkronointi epäonnistui.</source>
        <translation>Synkroniseringen av källorna misslyckades.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Lähteet päivitetty: uusia %d, muuttuneita %d</source>
        <translation>Källorna uppdaterade: nya %d, ändrade %d</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lähteestä poistuneita päätöksiä: %d (Tiedosto → Lähteet)</source>
        <translation>Beslut som försvunnit ur källan: %d (Arkiv → Källor)</translation>
    </message>
    <message>
        <source>Synkronointi keskeytettiin — jo saadut päätökset säilyivät.</source>
        <translation type="vanished">Synkroniseringen avbröts — redan hämtade beslut bevarades.</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+36"/>
        <source>Synkronointi keskeytettiin — jo saadut päätökset säilyivät</source>
        <translation>Synkroniseringen avbröts — redan hämtade beslut bevarades</translation>
    </message>
    <message>
        <source>Lähteet päivitetty: %d uutta, %d muuttunut</source>
        <translation type="vanished">Källorna uppdaterade: %d nya, %d ändrade</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lähteet ajan tasalla</source>
        <translation>Källorna är uppdaterade</translation>
    </message>
    <message>
        <source>%d päätöstä poistunut lähteestä (Tiedosto → Lähteet)</source>
        <translation type="vanished">Beslut som försvunnit ur källan: %d (Arkiv → Källor)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lähteen %s salasana puuttuu (Tiedosto → Lähteet)</source>
        <translation>Lösenordet för källan %s saknas (Arkiv → Källor)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lähde %s ei hyväksynyt tunnuksia — arkisto ennallaan</source>
        <translation>Källan %s godkände inte inloggningsuppgifterna — arkivet oförändrat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lähdettä %s ei tavoitettu — arkisto ennallaan</source>
        <translation>Källan %s kunde inte nås — arkivet oförändrat</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location line="-259"/>
        <source>Lähteiden synkronoinnin tila</source>
        <extracomment>How long after the window is shown the start-up sync begins: the window paints, the index check starts and the user can type before any source is asked for anything.</extracomment>
        <translation>Status för synkroniseringen av källorna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synkronoinnin edistyminen</source>
        <translation>Synkroniseringens förlopp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keskeytä synkronointi</source>
        <translation>Avbryt synkroniseringen</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="-189"/>
        <location line="+170"/>
        <source>Tervetuloa Päätöspajaan</source>
        <translation>Välkommen till Päätöspaja</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Kerro aluksi kunnan ja omat tietosi. Ne tulevat asiakirjoihin ja uusien luonnosten ja kokousten oletuksiksi. Voit ohittaa tämän ja muuttaa tietoja myöhemmin kohdassa Tiedosto → Kunnan tiedot.</source>
        <translation>Ange först kommunens och dina egna uppgifter. De används i handlingarna och som standardvärden för nya utkast och möten. Du kan hoppa över detta och ändra uppgifterna senare under Arkiv → Kommunuppgifter.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kunta</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kunnan nimi suomeksi</source>
        <translation>Kommunens namn på finska</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>esim. Kuusiniemen kunta</source>
        <translation>t.ex. Kuusiniemen kunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kunta</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kunnan nimi ruotsiksi</source>
        <translation>Kommunens namn på svenska</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kunta &amp;ruotsiksi</source>
        <translation>Namn på &amp;svenska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oletusvaakuna</source>
        <translation>standardvapen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Logo</source>
        <translation>&amp;Logotyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talotyyli (.docx)</source>
        <translation>Husstil (.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oletustalotyyli</source>
        <translation>standardhusstil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Talotyyli (.docx)</source>
        <translation>&amp;Husstil (.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hallinto-oikeus</source>
        <translation>Förvaltningsdomstol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hallinto-oikeus</source>
        <translation>&amp;Förvaltningsdomstol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sinä</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oma nimi</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>esim. Maija Meikäläinen</source>
        <translation>t.ex. Anna Andersson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nimi</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oma nimike</source>
        <translation>Din titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>esim. hallintosihteeri</source>
        <translation>t.ex. förvaltningssekreterare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;imike</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uusien luonnosten valmistelijaksi ja uusien kokousten pöytäkirjanpitäjäksi. Tallentuu vain tälle käyttäjälle, ei yhteiseen työtilaan.</source>
        <translation>Används som beredare av nya utkast och som protokollförare för nya möten. Sparas bara för den här användaren, inte i den gemensamma arbetsytan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tuo aiemmat päätökset…</source>
        <translation>Importera tidigare beslut…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Työtilassa on kokeilua varten esimerkkipäätöksiä. Kun tuot kunnan omat päätökset, esimerkit poistuvat. Tuonti alkaa, kun suljet tämän ikkunan.</source>
        <translation>Arbetsytan innehåller exempelbeslut att pröva med. När du importerar kommunens egna beslut tas exemplen bort. Importen börjar när du stänger det här fönstret.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tuotavat päätökset</source>
        <translation>Beslut som ska importeras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ei tuoda nyt</source>
        <translation>importeras inte nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valitse k&amp;ansio…</source>
        <translation>Välj &amp;mapp…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valitse &amp;JSON Lines -tiedosto…</source>
        <translation>Välj &amp;JSON Lines-fil…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Valmis</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ohita</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Tuo päätökset kansiosta</source>
        <translation>Importera beslut från mapp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tuo päätökset tiedostosta</source>
        <translation>Importera beslut från fil</translation>
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
        <translation>+ tillagd text är understruken (grön), − borttagen text är överstruken (röd).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Julkinen asia</source>
        <translation>Offentligt ärende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ei julkinen</source>
        <translation>Inte offentligt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>suomi</source>
        <translation>finska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ruotsi</source>
        <translation>svenska</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(ei julkinen)</source>
        <translation>(inte offentlig)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Sanat ovat samat; muuttunut on esimerkiksi muotoilu.</source>
        <translation>Orden är desamma; det som har ändrats är till exempel formateringen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ei muutoksia edelliseen versioon.</source>
        <translation>Inga ändringar jämfört med föregående version.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="+18"/>
        <source>Luonnos</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valmis esiteltäväksi</source>
        <translation>Klar för föredragning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esityslistalla</source>
        <translation>På föredragningslistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Päätetty</source>
        <translation>Avgjort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Oikaisuvaatimus (14 pv)</source>
        <translation>Rättelseyrkande (14 dagar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kunnallisvalitus (30 pv)</source>
        <translation>Kommunalbesvär (30 dagar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hallintovalitus</source>
        <translation>Förvaltningsbesvär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hankintaoikaisu ja valitus markkinaoikeuteen (14 pv)</source>
        <translation>Upphandlingsrättelse och besvär till marknadsdomstolen (14 dagar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ei muutoksenhakua (KuntaL 136 §)</source>
        <translation>Ändring får inte sökas (KomL 136 §)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tavallinen päätös</source>
        <translation>Vanligt beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hankintapäätös</source>
        <translation>Upphandlingsbeslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erityislain mukainen päätös</source>
        <translation>Beslut enligt speciallag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Päätös oikaisuvaatimukseen</source>
        <translation>Beslut med anledning av rättelseyrkande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vain valmistelu tai täytäntöönpano</source>
        <translation>Endast beredning eller verkställighet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tiedoksi merkitseminen</source>
        <translation>Antecknas för kännedom</translation>
    </message>
    <message>
        <source>Valtuusto</source>
        <translation type="vanished">Fullmäktige</translation>
    </message>
    <message>
        <source>Hallitus</source>
        <translation type="vanished">Styrelse</translation>
    </message>
    <message>
        <source>Lautakunta</source>
        <translation type="vanished">Nämnd</translation>
    </message>
    <message>
        <source>Jaosto</source>
        <translation type="vanished">Sektion</translation>
    </message>
    <message>
        <source>Viranhaltija</source>
        <translation type="vanished">Tjänsteinnehavare</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selostus</source>
        <translation>Redogörelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perustelut</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Päätösehdotus</source>
        <translation>Beslutsförslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Päätös</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Käsittely</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Otsikko</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toimielin</source>
        <translation>Organ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asiapohja</source>
        <translation>Ärendemall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kieli</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dno</source>
        <translation>Dnr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tehtäväluokka</source>
        <translation>Uppgiftsklass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aikaisempi käsittely</source>
        <translation>Tidigare behandling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valmistelija</source>
        <translation>Beredare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lisätiedot antaa</source>
        <translation>Ytterligare upplysningar ger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esittelijä</source>
        <translation>Föredragande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asianosaiset</source>
        <translation>Parter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Päätöspäivä</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liitteet</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiedoksi</source>
        <translation>För kännedom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muutoksenhaku</source>
        <translation>Ändringssökande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Päätöksen laji</source>
        <translation>Typ av beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erityislaki</source>
        <translation>Speciallag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muutoksenhaun perustelu</source>
        <translation>Motivering för sättet att söka ändring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esteellisyydet</source>
        <translation>Jäv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Julkisuus</source>
        <translation>Offentlighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salassapitoperuste</source>
        <translation>Sekretessgrund</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../ui/widgets.py" line="-31"/>
        <source>Peruuta</source>
        <extracomment>Banner colours (background, text, border): all pass WCAG AA contrast for their text.</extracomment>
        <translation>Avbryt</translation>
    </message>
</context>
</TS>
