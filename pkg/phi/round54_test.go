package phi

import "testing"

// Round 54 rules (heldout157: death and the paperwork after it;
// heldout156: genetics, genomics and biobanks; heldout155: dev-imitating
// notes; invented text): a civil registry named by its district or town
// and a notary's office by its ordinal, a registry's entry and its
// digital seal, a veterans' post, posts that label a name, a donor
// network, a coined brand before "referral", a county's clerk, a state's
// medical investigator, a life insurer heading its letter, a pension
// fund, a county's department after a dash, a death verification
// service, a grave's space and an aliquot's code, a "Passagem", a given name in brackets after a care worker, a Spanish
// "del" inside a name, a regional hospital before its team, towns whose
// first word is a state's, districts named for a country, a town after
// "municipal de" or in lower case after its CEP, ages from 90 in a
// pedigree, names after a pedigree's position, initials in a consent's
// boxes, a brand after a signature's dash, a benefits administrator, a
// biobank, a coined brand in brackets.
// Against over-reach: a registry's kind alone, "em grupo", posts and
// policies' products, tests in title case, an eponym after its noun, a
// card's issuer, a saint's "St." in Portuguese, a verb after a title,
// the honorific "V. Sas.", a device's maker, genomic nomenclature,
// departments named by what they treat, ancestries, a severity's
// "grave", a kind of care after "Saúde", a biobank of an institution,
// roman numerals, words and abbreviations.
func TestRound54Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		// registries and notaries
		{"pt-BR", "Ribeirão Preto, 2 de junho de 2023.\nRegistro Civil do 2º Ofício - Campos Elíseos\nMarta Dias - Escrevente", "Registro Civil do 2º Ofício - Campos Elíseos", TypeOrganization},
		{"pt-BR", "Certidão lavrada no Oficial de Registro Civil de Itapetininga, livro C-12.", "Oficial de Registro Civil de Itapetininga", TypeOrganization},
		{"pt-BR", "Cartório: Oficial de Registro Civil das Pessoas Naturais do 3º Subdistrito de Santos", "Oficial de Registro Civil das Pessoas Naturais do 3º Subdistrito de Santos", TypeOrganization},
		{"pt-BR", "Procuração com firma reconhecida no 4º Tabelião de Notas de Bauru.", "4º Tabelião de Notas de Bauru", TypeOrganization},
		{"pt-BR", "Assunto: Retificação - Ana Paula Souto - termo 55120", "55120", TypeID},
		{"pt-BR", "Escrevente autorizada\nSelo digital: ABC12.x7Qp9.Zk3Lm-8Rt2W", "ABC12.x7Qp9.Zk3Lm-8Rt2W", TypeID},
		// bodies of the death genre
		{"en", "Honor guard provided by American Legion Post 209 at the graveside.", "American Legion Post 209", TypeOrganization},
		{"en", "Referral called to Prairie Donor Network at 02:10, ref PDN-22-0041.", "Prairie Donor Network", TypeOrganization},
		{"en", "Organ donation: Bluewater LifeLink referral made at 04:20; not a candidate.", "Bluewater LifeLink", TypeOrganization},
		{"en", "The copy you mailed from the Oakland County Clerk is not certified.", "Oakland County Clerk", TypeOrganization},
		{"en", "Please send the report of the Office of the Medical Investigator for this case.", "Office of the Medical Investigator", TypeOrganization},
		{"en", "Sentinel Harbor Life\nClaims Department, P.O. Box 4410, Dover, DE 19901\nRe: claim on policy 7713", "Sentinel Harbor Life", TypeOrganization},
		{"en", "MIDWEST IRONWORKERS PENSION FUND\nSurvivor Benefits", "MIDWEST IRONWORKERS PENSION FUND", TypeOrganization},
		{"en", "DEPARTMENT OF HEALTH - COUNTY OF ULSTER     FAX RECEIVED", "DEPARTMENT OF HEALTH - COUNTY OF ULSTER", TypeOrganization},
		{"pt-BR", "SERVIÇO DE VERIFICAÇÃO DE ÓBITOS DE MACEIÓ - SVO-AL\nLAUDO", "SERVIÇO DE VERIFICAÇÃO DE ÓBITOS DE MACEIÓ - SVO-AL", TypeOrganization},
		{"en", "Records from the ED at Vista del Mar Medical Center are attached.", "Vista del Mar Medical Center", TypeOrganization},
		{"en", "[Team chat - Albemarle Regional nursing team]\nJo: bed 4 is ready", "Albemarle Regional", TypeOrganization},
		// identifiers, addresses and places
		{"en", "Location: Section 4, space RV-220-C (deed no. 7781)", "RV-220-C", TypeID},
		{"pt-BR", "A alíquota BRC-0712-A2 foi enviada ao laboratório central.", "BRC-0712-A2", TypeID},
		{"pt-BR", "Endereço da família: Passagem São Jorge, 48, Marco, Belém/PA", "Passagem São Jorge, 48", TypeAddress},
		{"en", "Outpatient therapy at Harbor Rehab - Virginia Beach | fax 757-555-0188", "Virginia Beach", TypeLocation},
		{"pt-BR", "Mora no Jardim Japão com a filha desde 2019.", "Jardim Japão", TypeLocation},
		{"pt-BR", "Transferido do hospital municipal de Itaberaba ontem à noite.", "Itaberaba", TypeLocation},
		{"pt-BR", "end: rua do sol 90 cep 56304-110 petrolina\nobrigada", "petrolina", TypeLocation},
		// names and ages
		{"en", "Registrar: K. Abernathy, Deputy Registrar     Filed: 03/02/2024", "K. Abernathy", TypeName},
		{"pt-BR", "Analista: Rebeca Tavares Lins - ramal 4410", "Rebeca Tavares Lins", TypeName},
		{"pt-BR", "Família acolhida pela psicologia hospitalar (Denise) às 7h.", "Denise", TypeName},
		{"en", "- Your grandmother, Ingrid Lund, died at 94 of a stroke.", "94", TypeAge},
		{"en", "I-2 Martha Cole, paternal grandmother: died 03/02/2019 at 96, dementia.", "96", TypeAge},
		{"en", "Her paternal grandmother, Edith Marsh, is 93 and unaffected.", "93", TypeAge},
		{"en", "Maternal grandfather: alive at 95 in Duluth; no cancers.", "95", TypeAge},
		{"en", "Relatives to contact (maternal side)\nWalter Ames | father, 92 | via Clara | memory care", "92", TypeAge},
		{"en", "Generation III\nIII-2 Tessa, proband's sister, 31: well.", "Tessa", TypeName},
		{"en", "Please initial each choice:\n[ RK ] I agree to be contacted again.", "RK", TypeName},
		// organisations of the genetics genre
		{"pt-BR", "Atenciosamente,\nNúcleo de Regulação - Saúde Jacarandá", "Saúde Jacarandá", TypeOrganization},
		{"pt-BR", "MIRANTE SAÚDE ADMINISTRADORA DE BENEFÍCIOS\n\nGoiânia, 3 de maio", "MIRANTE SAÚDE ADMINISTRADORA DE BENEFÍCIOS", TypeOrganization},
		{"pt-BR", "TERMO DE CONSENTIMENTO\nBiobanco Genômico do Pantanal - Coorte de idosos", "Biobanco Genômico do Pantanal", TypeOrganization},
		{"en", "She used a home ancestry service (HelixTrail; kit LX-4410-Q) last year.", "HelixTrail", TypeOrganization},
	})
	checkClean(t, d, []cleanCase{
		// a registry's kind, "em grupo", posts, products, tests, eponyms
		{"pt-BR", "REPÚBLICA FEDERATIVA DO BRASIL\nREGISTRO CIVIL DAS PESSOAS NATURAIS\nCERTIDÃO DE NASCIMENTO", "REGISTRO CIVIL"},
		{"pt-BR", "Já vou registrar no Registro Civil amanhã cedo.", "Registro Civil"},
		{"pt-BR", "AVISO DE SINISTRO - SEGURO DE VIDA EM GRUPO (MORTE ACIDENTAL)", "SEGURO DE VIDA"},
		{"pt-BR", "Participa da Terapia em Grupo às quartas-feiras.", "Terapia"},
		{"en", "By statute the Medical Examiner may request records without consent.", "Medical Examiner"},
		{"en", "To review the Accidental Death Benefit rider we need the autopsy.", "Accidental Death"},
		{"en", "The plan meets our policy for Whole Exome and Whole Genome Sequencing.", "Whole Exome"},
		{"pt-BR", "Amiloidose hereditária (também chamada doença de Corino de Andrade).", "Corino"},
		{"pt-BR", "Inclui as síndromes de Cowden e de Bannayan-Riley-Ruvalcaba.", "Bannayan"},
		{"en", "Occasional Braxton Hicks contractions, irregular.", "Braxton"},
		{"en", "BRCA2, PALB2 and Lynch genes are also relevant.", "Lynch"},
		{"en", "Result confirmed by Sanger sequencing.", "Sanger"},
		{"en", "Explanted by the funeral director on 01/08/2025.", "Explanted"},
		{"en", "Anoxic brain injury on MRI.", "Anoxic"},
		// an issuer, a saint, a verb, an honorific, a maker
		{"pt-BR", "Agente funerário: Caio Reis, RG 5.118.204 PC/PA", "PC"},
		{"pt-BR", "Marca-passo retirado. Fabricante St. Jude, nº de série 4410.", "St. Jude"},
		{"pt-BR", "Lembro das tardes em que a senhora lia o jornal para ele.", "lia"},
		{"pt-BR", "e a dra vai pedir exame pra mim tbm?", "vai"},
		{"pt-BR", "Registrado por V. Sas. no livro C-12, folha 30.", "V. Sas"},
		{"pt-BR", "REQUERIMENTO DE PENSÃO POR MORTE - Protocolo 2025-00318", "MORTE"},
		// genomic nomenclature
		{"en", "Gene: MYH7 (NM_000257.4)     Variant: c.2167C>T     dbSNP: rs121913638", "000257"},
		{"en", "Gene: MYH7 (NM_000257.4)     Variant: c.2167C>T     dbSNP: rs121913638", "rs121913638"},
		{"en", "Dravet syndrome (OMIM 607208), the variant is de novo.", "607208"},
		{"en", "Heterozygous: arr[GRCh38] 22q11.21(18912231_21465672)x1", "21465672"},
		{"en", "Genotype results\nCYP2C19   *2/*2   Poor metabolizer", "CYP2C19"},
		{"en", "Heterozygous for the prothrombin variant G20210A.", "G20210A"},
		// departments, ancestries, a severity, kinds of care, a biobank's
		{"en", "To: Ana Ruiz, MD, Inherited Cardiac Disease Clinic, Lakeview Hospital", "Inherited Cardiac"},
		{"en", "Blue Lake Health - Hereditary Cancer Clinic\n120 Main St", "Hereditary Cancer"},
		{"en", "Family history: Ashkenazi Jewish on both sides.", "Ashkenazi"},
		{"pt-BR", "Doença de Alzheimer moderada a grave (CID-10 G30.1).", "CID-10"},
		{"pt-BR", "Secretaria Municipal - Saúde Mental", "Saúde Mental"},
		{"pt-BR", "Biobanco de Cardiopatias Hereditárias - Instituto do Coração", "Biobanco de Cardiopatias"},
		{"pt-BR", "VII - MÉDICO\nNome do médico: Ana Souto", "VII"},
		{"en", "The certificate is in your EDRS queue.", "EDRS"},
		{"en", "Intake investigator: D. Kowal, MLDI", "MLDI"},
		{"pt-BR", "Cuidados paliativos exclusivos por ELA desde 2023.", "ELA"},
		{"en", "Heading: Garden of Peace dedication, space 14.", "space 14"},
	})
}
