import { forward } from "@/lib/proxy";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ path: string[] }> };
const handle = async (req: Request, { params }: Ctx) => forward(req, `/api/auth/${(await params).path.join("/")}`);
export { handle as GET, handle as POST };
