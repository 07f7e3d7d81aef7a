package nl.jeugdregie.platform.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;

/**
 * Which successful statuses a handler method sends, read from its byte code: {@code ResponseEntity.ok/created/
 * noContent/accepted}, {@code ResponseEntity.status(201)} and {@code HttpStatus.OK/CREATED/NO_CONTENT/ACCEPTED}, in the method itself and in the methods
 * and lambdas of its own class that it calls. Empty when it names none (a handler returning a body answers 200).
 */
final class SentStatuses {

	private static final String RESPONSE_ENTITY = "org/springframework/http/ResponseEntity";
	private static final String HTTP_STATUS = "org/springframework/http/HttpStatus";
	private static final Map<String, String> BUILDERS = Map.of("ok", "200", "created", "201", "accepted", "202",
			"noContent", "204");
	private static final Map<String, String> CONSTANTS = Map.of("OK", "200", "CREATED", "201", "ACCEPTED", "202",
			"NO_CONTENT", "204");

	private SentStatuses() {}

	static Set<String> of(Method handler) {
		var owner = Type.getInternalName(handler.getDeclaringClass());
		var calls = new HashMap<String, Set<String>>();
		var statuses = new HashMap<String, Set<String>>();
		read(handler.getDeclaringClass(), owner, calls, statuses);
		var found = new TreeSet<String>();
		var seen = new HashSet<String>();
		var toVisit = new ArrayDeque<String>();
		toVisit.add(handler.getName() + Type.getMethodDescriptor(handler));
		while (!toVisit.isEmpty()) {
			var method = toVisit.poll();
			if (seen.add(method)) {
				found.addAll(statuses.getOrDefault(method, Set.of()));
				toVisit.addAll(calls.getOrDefault(method, Set.of()));
			}
		}
		return found;
	}

	private static void read(Class<?> type, String owner, Map<String, Set<String>> calls,
			Map<String, Set<String>> statuses) {
		var resource = type.getName().replace('.', '/') + ".class";
		try (var in = type.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No byte code for " + type);
			}
			new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
				@Override
				public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
						String[] exceptions) {
					var key = name + descriptor;
					var own = calls.computeIfAbsent(key, k -> new HashSet<>());
					var sent = statuses.computeIfAbsent(key, k -> new HashSet<>());
					return new MethodVisitor(Opcodes.ASM9) {
						private int lastNumber;

						@Override
						public void visitIntInsn(int opcode, int operand) {
							lastNumber = operand;
						}

						@Override
						public void visitMethodInsn(int opcode, String calledOwner, String calledName,
								String calledDescriptor, boolean isInterface) {
							if (calledOwner.equals(RESPONSE_ENTITY) && BUILDERS.containsKey(calledName)) {
								sent.add(BUILDERS.get(calledName));
							}
							else if (calledOwner.equals(RESPONSE_ENTITY) && calledName.equals("status")
									&& calledDescriptor.startsWith("(I)") && lastNumber >= 200 && lastNumber < 300) {
								sent.add(Integer.toString(lastNumber));
							}
							else if (calledOwner.equals(owner)) {
								own.add(calledName + calledDescriptor);
							}
						}

						@Override
						public void visitFieldInsn(int opcode, String fieldOwner, String fieldName, String descriptor) {
							if (opcode == Opcodes.GETSTATIC && fieldOwner.equals(HTTP_STATUS)
									&& CONSTANTS.containsKey(fieldName)) {
								sent.add(CONSTANTS.get(fieldName));
							}
						}

						@Override
						public void visitInvokeDynamicInsn(String dynamicName, String dynamicDescriptor, Handle bootstrap,
								Object... arguments) {
							for (var argument : arguments) {
								if (argument instanceof Handle lambda && lambda.getOwner().equals(owner)) {
									own.add(lambda.getName() + lambda.getDesc());
								}
							}
						}
					};
				}
			}, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
