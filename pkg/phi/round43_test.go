package phi

import (
	"strings"
	"testing"
)

// Round 43 rules (heldout124: research, registries and specialist
// reports — trial screening logs, consent audits, adverse-event reports,
// biobank manifests, pedigrees, tumour boards, sleep and hearing
// reports; heldout123: dev-imitating notes; invented text): tables laid
// out by blanks typed by their header (initials, a participant's code, a
// record's number, an age from 90); the other mentions of a subject's
// code and its siblings; labelled initials; ages at death; a study's
// numbers (protocol, CAAE, parecer, IRB, NCT) and a table's header hold
// no PHI; "<Proper> Clinical Research", biorepositories and
// dermatopathology practices, a community's hospital, a letterhead's
// brand and business before its CNPJ, a service's region, a name's
// possessive; relatives before a pedigree's position; a label's "Surname,
// Given"; a county's field; "Age/Sex:"; a lower-case name before its
// CPF. Against over-reach: a ticket's or a sample's protocolo, a site's
// IRB protocol number, a date reported to the IRB, a role's label before
// a credential, ancestries, eponyms, "-ologic" adjectives, service
// laboratories after a hospital's dash, lab counts with their prior
// value, a field of research.
func TestRound43Rules(t *testing.T) {
	d := detector(t)
	screen := "ENROLLMENT LOG\nProtocol TRX-2210-114 (NCT04417732) - Phase 2\n\nScr No.    Init.  MRN           Consent        Status\n088-0012   DQW    KHS-771204    04-Jan-2024    Randomized\n088-0013   PLA    KHS-330918    --             Declined; lives far away\n\nNotes:\n- 088-0013: daughter asked for a call back."
	manifest := "Pos  Sample ID           Participant   Collected      Matrix\nB1   QPR24-00112-P1    TBK-4410      2024-02-01     serum\nB2   QPR24-00112-U1    TBK-4410      2024-02-01     urine\n\n1. TBK-4410: redraw booked.\n2. Sample QPR24-00130-P1 (TBK-4417) withdrawn."
	safety := "Subject      Site  Age  Sex  Event\nLX-014-0021  014   93   F    Hip fracture\nLX-014-0030  014   77   M    Pneumonia\n\nLX-014-0021: family declined surgery."
	br := "Nº triagem   Iniciais   Prontuário   Situação\n033-S-004    R.T.M.     71.208-4     Em triagem\n033-S-005    G.A.P.     64.117-9     Incluída\n\n- 033-S-005: mora com a filha."
	checkTyped(t, d, []typedCase{
		// tables laid out by blanks
		{"en", screen, "DQW", TypeName},
		{"en", screen, "PLA", TypeName},
		{"en", manifest, "TBK-4410", TypeID},
		{"en", manifest, "TBK-4417", TypeID},
		{"en", safety, "93", TypeAge},
		{"pt-BR", br, "R.T.M.", TypeName},
		{"pt-BR", br, "71.208-4", TypeMRN},
		// labelled initials, ages at death, "Age/Sex:"
		{"en", "Subject ID: 211-0045     Initials: K-D-R     Year of birth: 1950", "K-D-R", TypeName},
		{"pt-BR", "Participante: 04-0031     Iniciais: LMV     Idade: 61 anos", "LMV", TypeName},
		{"en", "I-1  Grandfather, colon cancer at 70; died at 97.", "97", TypeAge},
		{"en", "Date of death: 02/11/2024     Age at death: 92\nPlace of death: home", "92", TypeAge},
		{"en", "Pt: OSTROWSKI, HALINA     Age/Sex: 94 / F     MRN: 220-1187", "94", TypeAge},
		// organisations
		{"en", "Monitoring visit by Ana Ruiz (Veltrano Clinical Research) on 3/4/2024.", "Veltrano Clinical Research", TypeOrganization},
		{"pt-BR", "Log revisado pela monitora Júlia Paz (Orvita Pesquisa Clínica) em 02/05/2024.", "Orvita Pesquisa Clínica", TypeOrganization},
		{"en", "Sender: Red Mesa Biorepository, 19 Canyon Rd, Gallup, NM 87301", "Red Mesa Biorepository", TypeOrganization},
		{"en", "PATHOLOGY REPORT\nSilver Creek Dermatopathology, 400 Elm St, Suite 2, Lodi, CA 95240", "Silver Creek Dermatopathology", TypeOrganization},
		{"pt-BR", "Biópsia agendada para 02/04/2024 no Hospital Alemão com a equipe.", "Hospital Alemão", TypeOrganization},
		{"pt-BR", "BIOGEN NORTE - LABORATÓRIO DE ANÁLISES CLÍNICAS LTDA - CNPJ 11.222.333/0001-81\nRua das Flores, 12", "BIOGEN NORTE - LABORATÓRIO DE ANÁLISES CLÍNICAS LTDA", TypeOrganization},
		{"en", "Arrived by Mercy Flight Central from a rollover on I-80.", "Mercy Flight Central", TypeOrganization},
		{"en", "He was taken to the ED at Lakeview Children's. Mom is with him.", "Lakeview Children's", TypeOrganization},
		{"en", "Study: knee pain trial (IRB Prairie State University #21-0447)\nSite: 12", "Prairie State University", TypeOrganization},
		// names
		{"pt-BR", "Heredograma: pais hígidos. Irmã Clarice (III-3), 4 anos, hígida.", "Clarice", TypeName},
		{"en", "Case 3: KOWALSKA, Irena, MRN QA-5512094, 71F with a new nodule.", "KOWALSKA, Irena", TypeName},
		{"en", "Recipient: Tran, Minh Chau     DOB: 1970-02-03", "Tran, Minh Chau", TypeName},
		{"pt-BR", "[12/03/2024 20:10] Rosana (filha): otaviano prates de melo cpf 529 982 247 25", "otaviano prates de melo", TypeName},
		// places
		{"en", "Residence: Little Falls, MN 56345     County: Morrison\nOccupation: farmer", "Morrison", TypeLocation},
	})
	checkClean(t, d, []cleanCase{
		// a study's numbers
		{"en", screen, "TRX-2210-114"},
		{"en", screen, "NCT04417732"},
		{"en", "Sponsor protocol: ONX-PD2-3301     Site 014: Mesa Cancer Center", "ONX-PD2-3301"},
		{"pt-BR", "Estudo: FIB-HEP-202 - fase 2, randomizado (CAAE 55123423.1.0000.5412)", "FIB-HEP-202"},
		{"pt-BR", "Estudo: FIB-HEP-202 - fase 2, randomizado (CAAE 55123423.1.0000.5412)", "55123423.1.0000.5412"},
		{"pt-BR", "CAAE: 60114923.2.0000.5292     Número do parecer: 6.204.118", "6.204.118"},
		{"pt-BR", "Pesquisa aprovada conforme a Resolução CNS 466/12.", "466/12"},
		{"en", "Consent form (IRB protocol STUDY00041227)\nVersion 3", "STUDY00041227"},
		{"en", "Study: OA knee (IRB # 2023-0518)\nSignature page", "2023-0518"},
		// a table's header
		{"en", screen, "Init."},
		{"en", safety, "Sex  Event"},
		// roles, ancestries, eponyms, adjectives
		{"en", "PI: Maya Chen, MD     Lead CRC: Tomas Berg, CCRP", "Lead"},
		{"en", "Coordinator: Ravi Das, CRC     02/20/2024", "CRC"},
		{"en", "Ethnicity: European, Ashkenazi Jewish (maternal)", "European"},
		{"en", "Ethnicity: European, Ashkenazi Jewish (maternal)", "Ashkenazi Jewish"},
		{"en", "Her cousin carries a Tay-Sachs variant; Tay-Sachs carrier status confirmed.", "Sachs carrier"},
		{"en", "Exam: no Marcus Gunn pupil; Goldmann fields full.", "Goldmann"},
		{"en", "Neuropathologic findings:\n1. Braak stage VI", "Neuropathologic"},
		{"en", "Multigene panel sent; Investigational product held.", "Multigene"},
		{"en", "ROUTINE EEG REPORT\nIndication: staring spells", "EEG"},
		{"en", "KESTRELGEN DIAGNOSTICS - Molecular Genetics Laboratory\n12 Main St, Aurora, CO 80010", "Molecular Genetics Laboratory"},
		{"en", "Amy Lu, BSN, CCRC | Heart Failure Research | Cedar Research Institute", "Heart Failure Research"},
		{"pt-BR", "Exames: leucócitos 3.100 (2.400), plaquetas 92.000 (55.000), Cr 1,1.", "92.000 (55.000)"},
		{"en", "CT: no distant disease. cT3N1M0, stage IIIB.", "cT3N1M0"},
		{"en", "Norovirus PCR was positive; started fluids.", "Norovirus"},
		// a greeting before a name's comma is no surname
		{"pt-BR", "[09:12] LabMais: Olá, Renata! Seu exame saiu.", "Olá"},
	})
	// every mention of a subject's code under its table
	for _, c := range []typedCase{{"en", safety, "LX-014-0021", TypeID}, {"pt-BR", br, "033-S-005", TypeID}, {"en", manifest, "TBK-4410", TypeID}} {
		spans := d.Detect(c.text, c.lang)
		for i, from := 0, 0; ; i++ {
			j := strings.Index(c.text[from:], c.value)
			if j < 0 {
				if i < 2 {
					t.Errorf("%q: %q is there %d times", c.text, c.value, i)
				}
				break
			}
			s := from + j
			if sp, ok := covered(spans, s, s+len(c.value)); !ok || sp.Type != c.typ {
				t.Errorf("%q: mention %d of %q not found as %s; got %s", c.text, i+1, c.value, c.typ, show(c.text, spans))
			}
			from = s + len(c.value)
		}
	}
	// a ticket's or a sample's protocolo and a site's IRB protocol are
	// identifiers; a date reported to the IRB is a date
	checkTyped(t, d, []typedCase{
		{"pt-BR", "Coleta 05/02/2024, protocolo QL-24-0311-7720\nTipagem: O positivo", "QL-24-0311-7720", TypeID},
		{"en", "Subject: Protocol UCM-IRB-2022-0931 - deviation report", "UCM-IRB-2022-0931", TypeID},
		{"en", "Deviation date: 02/14/2024     Reported to IRB: 02/20/2024", "02/20/2024", TypeDate},
		{"pt-BR", "Reclamação registrada, protocolo OUV-24-01187, em 14/06/2024.", "OUV-24-01187", TypeID},
	})
}

// The shapes this round's passes read.
func TestRound43Shapes(t *testing.T) {
	for _, c := range []struct {
		v    string
		want bool
	}{{"RTH", true}, {"M.J.S.", true}, {"M-J-K", true}, {"A.P.L", true}, {"R", false}, {"ABCDE", false}, {"Rth", false}, {"M.JS.", false}, {"M..J", false}} {
		if got := initials43(c.v); got != c.want {
			t.Errorf("initials43(%q) = %v", c.v, got)
		}
	}
	for _, c := range []struct {
		v    string
		want bool
	}{{"NCT05588214", true}, {"ISRCTN12345678", true}, {"NCT0558821", false}, {"NCTX5588214", false}} {
		if got := trialRegistration43(c.v); got != c.want {
			t.Errorf("trialRegistration43(%q) = %v", c.v, got)
		}
	}
	for _, c := range []struct {
		v    string
		want bool
	}{{"2.900 (1.800)", true}, {"88.000 (41.000)", true}, {"2.900", false}, {"12345 (1.800)", false}} {
		if got := priorValueGrouped43(c.v); got != c.want {
			t.Errorf("priorValueGrouped43(%q) = %v", c.v, got)
		}
	}
	for _, c := range []struct {
		v    string
		want bool
	}{{"cT2aN2M0", true}, {"pT1bN0M0", true}, {"ypT0N0", true}, {"T2N1", true}, {"TIS", false}, {"T2", false}, {"cT2aN2M0X", false}, {"TN24", false}} {
		if got := tnmStage43(c.v); got != c.want {
			t.Errorf("tnmStage43(%q) = %v", c.v, got)
		}
	}
	if k, n := siblingKey43("PKD-3321"); k != "PKD-" || n != 4 {
		t.Errorf("siblingKey43: %q %d", k, n)
	}
	if k, _ := siblingKey43("012-S-031"); k != "" {
		t.Errorf("siblingKey43(012-S-031) = %q", k)
	}
	for _, c := range []struct {
		v    string
		want string
	}{{"init.", typeInitials43}, {"participant", TypeID}, {"subject", TypeID}, {"age", TypeAge}, {"prontuario", TypeMRN}, {"site", ""}, {"sae term", ""}} {
		if got := tableColumn43(c.v); got != c.want {
			t.Errorf("tableColumn43(%q) = %q", c.v, got)
		}
	}
}
