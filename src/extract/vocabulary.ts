/** Word lists that tell a role from an organisation; shared by the entry readers. */

/** Words that make a phrase a job title. */
export const ROLE_WORDS =
  /\b(engineer|developer|intern|internship|researcher|scientist|assistant|associate|manager|director|lead|leader|head|founder|co-founder|cto|ceo|cfo|coo|consultant|analyst|architect|instructor|lecturer|professor|postdoc|postdoctoral|fellow|scholar|student|officer|president|vice president|chair|chairman|member|specialist|designer|administrator|coordinator|technician|advisor|tutor|programmer|owner|partner|vp|principal|staff|trainee|apprentice|editor|reviewer|volunteer|agent|attorney|lawyer|nurse|physician|teacher|accountant|writer|journalist|operator|mathematician|clerk|ingénieure?|stagiaire|doctorante?|chercheur|chercheuse|développeur|développeuse|consultante|cheffe de projet|chef de projet|(?:software)?entwickler(?:in)?|ingenieur(?:in)?|praktikant(?:in)?|werkstudent(?:in)?|mitarbeiter(?:in)?|berater(?:in)?|leiter(?:in)?|desarrollador|desarrolladora|ingeniero|ingeniera|analista|gerente|jefe|jefa|directora|consultor|consultora|investigador|investigadora|becario|becaria|programador|programadora|profesor|profesora|sviluppatore|ingegnere|ricercatore|ricercatrice|desenvolvedor|desenvolvedora|engenheiro|engenheira|pesquisador|pesquisadora|工程师|实习生|研究员|经理|总监|负责人)s?\b/i;

/** Words that make a phrase an organisation. */
export const ORG_WORDS =
  /\b(university|universität|universite|université|universidad|college|institute|institut|school|academy|polytechnic|inc|ltd|llc|gmbh|ag|corp|corporation|company|co|labs?|laboratory|group|team|center|centre|foundation|bank|hospital|agency|ministry|council|society|association|studio|technologies|systems|solutions|大学|学院|公司|研究院|研究所|实验室)\b\.?/i;

/** Words that make a phrase a school. */
export const SCHOOL_WORDS = /\b(university|universität|université|universite|universidad|universiteit|college|institute|institut|school|academy|polytechnic|polytechnique|politecnico|eth|epfl|mit|hochschule|gymnasium|lycée|大学|学院)\b|大学|学院/i;
